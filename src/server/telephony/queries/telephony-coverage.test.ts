import { describe, expect, it } from 'vitest';
import { withTenantClient } from '../../../db/tenant-context.js';
import { signedInAs, testServer } from '../../../test/server.js';
import { answeredCallLines, postCallFile, stockholmEpoch } from '../../../test/telephony.js';
import { telephonyCoverage } from './telephony-coverage.js';

const server = await testServer();

const callOn = (day: string, n: number) =>
  answeredCallLines({
    callId: `${stockholmEpoch(`${day} 10:00:00`)}.${n}`,
    queue: 'kundtjanst',
    at: stockholmEpoch(`${day} 10:00:00`),
    wait: 20,
    talk: 100,
  });

describe('telephonyCoverage (issue 12.10)', () => {
  it('each file covers its first to its last call day; a day between two files is not covered', async () => {
    const a = await signedInAs(server, ['administrator']);
    // File 1: Monday and Wednesday (Tuesday quiet, covered); file 2: Friday. Thursday: no file.
    const first = [...callOn('2026-03-02', 1), ...callOn('2026-03-04', 2)].join('\n');
    const second = callOn('2026-03-06', 3).join('\n');
    for (const file of [first, second]) {
      const res = await postCallFile(server.app, a, `${file}\n`, 'format=asterisk-queue-log');
      expect(res.statusCode).toBe(201);
    }
    const coverage = await withTenantClient(server.db, a.tenant.id, (c) => telephonyCoverage(c));
    expect(coverage).toEqual({
      first: '2026-03-02',
      last: '2026-03-06',
      spans: [
        { first: '2026-03-02', last: '2026-03-04' },
        { first: '2026-03-06', last: '2026-03-06' },
      ],
    });
  });

  it('no imports: null', async () => {
    const a = await signedInAs(server, ['administrator']);
    expect(await withTenantClient(server.db, a.tenant.id, (c) => telephonyCoverage(c))).toBeNull();
  });
});
