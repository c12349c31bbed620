/**
 * Where an analysis' time goes, for bench/analysis.ts: the one scan behind it
 * (server/analysis/queries/contact-tallies.ts) run under EXPLAIN (ANALYZE, BUFFERS) in the
 * measured municipality, as the runtime role, with the server's JIT setting and again with
 * jit = off. Prints the access path, buffers, sorts and the time of execution, planning and JIT.
 */
import { GROUPINGS } from '../../src/core/analysis/build.js';
import { nextCalendarDay, startOfCalendarDay } from '../../src/core/contacts/calendar-day.js';
import type { Database, SqlClient } from '../../src/db/database.js';
import { withTenantClient } from '../../src/db/tenant-context.js';
import { readContactTallies } from '../../src/server/analysis/queries/contact-tallies.js';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Heap Fetches'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Temp Written Blocks'?: number;
  'Sort Method'?: string;
  'Sort Space Used'?: number;
  'Sort Space Type'?: string;
  'Actual Total Time'?: number;
  Plans?: PlanNode[];
}

interface Explained {
  Plan: PlanNode;
  'Planning Time': number;
  'Execution Time': number;
  JIT?: { Timing?: { Total?: number } };
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

function describe(explained: Explained): string {
  const parts: string[] = [];
  walk(explained.Plan, (node) => {
    if (node['Relation Name'] === 'contacts' || node['Index Name']?.startsWith('contacts')) {
      parts.push(
        `${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}` +
          `${node['Heap Fetches'] !== undefined ? `, heap fetches ${node['Heap Fetches']}` : ''}` +
          `, buffers hit ${node['Shared Hit Blocks'] ?? 0} read ${node['Shared Read Blocks'] ?? 0}` +
          ` (${(node['Actual Total Time'] ?? 0).toFixed(0)} ms)`,
      );
    }
    if (node['Sort Method'])
      parts.push(
        `sort ${node['Sort Method']} ${node['Sort Space Used'] ?? 0} kB ${node['Sort Space Type'] ?? ''}`,
      );
  });
  const jit = explained.JIT?.Timing?.Total;
  return (
    `${parts.join('; ')}; execution ${explained['Execution Time'].toFixed(0)} ms` +
    `${jit !== undefined ? ` of which JIT ${jit.toFixed(0)} ms` : ' (no JIT)'}, planning ${explained['Planning Time'].toFixed(1)} ms`
  );
}

/** One line per analysis scan asked for (a GROUPINGS key), over `period` with no other filter. */
export async function explainScans(
  db: Database,
  tenantId: string,
  period: { from: string; to: string },
  names: readonly (keyof typeof GROUPINGS)[],
): Promise<string[]> {
  const lines: string[] = [];
  for (const name of names) {
    await withTenantClient(db, tenantId, async (client) => {
      let captured: { text: string; params: unknown[] } | null = null;
      const spy: SqlClient = {
        ...client,
        query: <Row>(text: string, params?: unknown[]) => {
          captured = { text, params: params ?? [] };
          return Promise.resolve([] as Row[]);
        },
      };
      await readContactTallies(
        spy,
        { start: startOfCalendarDay(period.from), end: startOfCalendarDay(nextCalendarDay(period.to)) },
        { kind: 'all' },
        GROUPINGS[name],
      );
      const query = captured as { text: string; params: unknown[] } | null;
      if (!query) throw new Error('no query captured');
      for (const jit of ['default', 'off'] as const) {
        if (jit === 'off') await client.run('SET LOCAL jit = off');
        // Once to warm the cache, then the run that is shown.
        await client.query(query.text, query.params);
        const [row] = await client.query<{ 'QUERY PLAN': Explained[] }>(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.text}`,
          query.params,
        );
        const explained = row?.['QUERY PLAN'][0];
        if (explained) lines.push(`${name}, jit ${jit === 'off' ? 'off' : 'as set'}: ${describe(explained)}`);
      }
    });
  }
  return lines;
}
