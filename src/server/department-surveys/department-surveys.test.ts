/**
 * The departments' verdict end to end (issue #15): a round opened for a tertial reaches each
 * department's contacts and named recipients by e-mail through a local SMTP server, the links are
 * answered on the answer page, and the results come back per department and round, each department
 * contact seeing only their own; a "one thing" starts an improvement, linked both ways.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createUnit } from '../../test/factories.js';
import { mailPart, startMailServer } from '../../test/mail-server.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { createMailer } from '../signals/mailer.js';
import { answerQuestion } from '../surveys/answer-survey.js';
import { runSurveys } from '../surveys/run-surveys.js';

const server = await testServer();
const { app, db } = server;
const mail = await startMailServer();
const mailer = createMailer({ smtpUrl: mail.url, mailFrom: 'Lots <lots@example.se>' })!;
const PUBLIC = 'https://lots.example.se';

afterAll(async () => {
  mailer.close();
  await mail.close();
});

const request = (
  who: SignedIn,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) =>
  app.inject({
    method,
    url,
    headers: who.headers,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

async function world() {
  const developer = await signedInAs(server, ['quality_developer']);
  const t = developer.tenant;
  const social = await createUnit(db, t.id, { name: 'Socialförvaltningen' });
  const elderly = await createUnit(db, t.id, { name: 'Äldreomsorg', parentId: social.id });
  const building = await createUnit(db, t.id, { name: 'Samhällsbyggnadsförvaltningen' });
  const socialContact = await signedInAs(server, [{ role: 'department_contact', unitId: elderly.id }], {
    tenant: t,
  });
  const buildingContact = await signedInAs(server, [{ role: 'department_contact', unitId: building.id }], {
    tenant: t,
  });
  const created = await request(developer, 'POST', '/api/surveys', { template: 'departments' });
  const surveyId = created.json<{ id: string }>().id;
  return { developer, social, building, socialContact, buildingContact, surveyId };
}

/** The link token of each message sent to an address. */
const tokensTo = (address: string) =>
  mail.received
    .filter((m) => m.to.includes(address))
    .flatMap((m) => [
      ...mailPart(m.raw, 'text/plain').matchAll(/https:\/\/lots\.example\.se\/e\/([A-Za-z0-9_-]{22})/g),
    ])
    .map((m) => m[1]!);

describe('a round of the departments’ survey', () => {
  it('reaches the contacts and named recipients, and comes back per department (hand-worked)', async () => {
    const w = await world();
    const { developer, surveyId } = w;
    // Not active yet: nothing would be sent.
    expect(
      (await request(developer, 'POST', `/api/department-surveys/${surveyId}/rounds`, { period: '2026-T1' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await request(developer, 'PATCH', `/api/surveys/${surveyId}`, { status: 'active' })).statusCode,
    ).toBe(200);
    const named = await request(developer, 'POST', `/api/department-surveys/${surveyId}/recipients`, {
      departmentId: w.building.id,
      address: 'Bygglov.Chef@Example.se',
    });
    expect(named.json()).toEqual({
      recipients: [
        {
          departmentId: w.building.id,
          departmentName: 'Samhällsbyggnadsförvaltningen',
          address: 'bygglov.chef@example.se',
        },
      ],
    });
    // A unit below a department cannot have named recipients; a bad period is refused.
    const elderly = (await request(developer, 'GET', '/api/units')).json<{
      units: { id: string; name: string }[];
    }>();
    const child = elderly.units.find((u) => u.name === 'Äldreomsorg')!;
    expect(
      (
        await request(developer, 'POST', `/api/department-surveys/${surveyId}/recipients`, {
          departmentId: child.id,
          address: 'a@example.se',
        })
      ).json(),
    ).toMatchObject({ errors: [{ pointer: '/body/departmentId', code: 'not_a_department' }] });
    expect(
      (await request(developer, 'POST', `/api/department-surveys/${surveyId}/rounds`, { period: '2026-T4' }))
        .statusCode,
    ).toBe(400);

    const opened = await request(developer, 'POST', `/api/department-surveys/${surveyId}/rounds`, {
      period: '2026-T1',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({
      period: '2026-T1',
      from: '2026-01-01',
      to: '2026-04-30',
      invitations: 3,
      departments: 2,
    });
    expect(
      (await request(developer, 'POST', `/api/department-surveys/${surveyId}/rounds`, { period: '2026-T1' }))
        .statusCode,
    ).toBe(409);

    const [run] = await runSurveys({ db, mailer, publicUrl: PUBLIC, tenantId: developer.tenant.id });
    expect(run).toMatchObject({ error: null, sent: { sent: 3, bounced: 0 } });
    const [socialToken] = tokensTo(w.socialContact.user.email);
    const [buildingToken] = tokensTo(w.buildingContact.user.email);
    const [namedToken] = tokensTo('bygglov.chef@example.se');
    expect([socialToken, buildingToken, namedToken].every(Boolean)).toBe(true);

    // Social: 4, 4, 4 (mean 4). Building: 5, 5, 5 and 2, 3, 1 (means 5 and 2).
    const answer = async (token: string, grades: number[], change: string) => {
      for (const [key, value] of [
        ['forwarding', grades[0]],
        ['informing', grades[1]],
        ['cooperation', grades[2]],
        ['one_change', change],
      ] as const)
        await answerQuestion(db, token, key, value!);
    };
    await answer(socialToken!, [4, 4, 4], 'Boka tid direkt när ni kopplar till biståndshandläggare.');
    await answer(buildingToken!, [5, 5, 5], 'Skicka med fastighetsbeteckningen.');
    await answer(namedToken!, [2, 3, 1], 'Ring mig på 070-123 45 67 innan ni lovar bygglov.');

    const all = await request(developer, 'GET', `/api/department-surveys/${surveyId}/results`);
    expect(all.statusCode, all.body).toBe(200);
    type Results = {
      rounds: { id: string; period: string; delivered: number; answered: number }[];
      departments: {
        id: string | null;
        name: string | null;
        rounds: {
          respondents: number;
          responseRate: { rate: number };
          dimension: { n: number; mean: number; index: number; satisfied: number };
        }[];
      }[];
      changes: {
        invitationId: string;
        departmentId: string;
        text: string;
        improvement: { id: string } | null;
      }[];
    };
    const results = all.json<Results>();
    expect(results.rounds).toMatchObject([{ period: '2026-T1', delivered: 3, answered: 3 }]);
    const of = (id: string | null) => results.departments.find((d) => d.id === id)!.rounds[0]!;
    expect(of(null)).toMatchObject({
      respondents: 3,
      responseRate: { rate: 1 },
      dimension: { n: 3, mean: 11 / 3, satisfied: 2 },
    });
    expect(of(w.building.id).dimension).toMatchObject({ n: 2, mean: 3.5, index: 62.5, satisfied: 1 });
    expect(of(w.social.id).dimension).toMatchObject({ n: 1, mean: 4, index: 75 });
    // The phone number typed in the "one thing" was masked before it was stored.
    expect(results.changes.map((c) => c.text).join(' ')).not.toContain('070-123 45 67');

    // A department contact sees their own department, nobody else's answers or the whole.
    const mine = (
      await request(w.socialContact, 'GET', `/api/department-surveys/${surveyId}/results`)
    ).json<Results>();
    expect(mine.departments.map((d) => d.id)).toEqual([w.social.id]);
    expect(mine.changes.map((c) => c.departmentId)).toEqual([w.social.id]);
    const guide = await signedInAs(server, ['guide'], { tenant: developer.tenant });
    expect((await request(guide, 'GET', `/api/department-surveys/${surveyId}/results`)).statusCode).toBe(403);

    // A "one thing" starts a card, owned by the department and following the samarbete index; the answer shows it.
    const manager = await signedInAs(server, ['manager'], { tenant: developer.tenant });
    const building = results.changes.find((c) => c.text.startsWith('Skicka'))!;
    const card = await request(
      manager,
      'POST',
      `/api/department-surveys/answers/${building.invitationId}/improvement`,
      {
        title: 'Fastighetsbeteckning i varje överlämning',
      },
    );
    expect(card.statusCode, card.body).toBe(201);
    expect(card.json()).toMatchObject({
      source: 'department_answer',
      sourceAnswerId: building.invitationId,
      owner: { unitId: w.building.id },
      problem: 'Skicka med fastighetsbeteckningen.',
      survey: { measure: 'survey_index', scope: `survey:${surveyId}:dimension:samarbete` },
    });
    const again = await request(
      manager,
      'POST',
      `/api/department-surveys/answers/${building.invitationId}/improvement`,
      { title: 'Igen' },
    );
    expect(again.statusCode).toBe(409);
    const after = (
      await request(developer, 'GET', `/api/department-surveys/${surveyId}/results`)
    ).json<Results>();
    expect(after.changes.find((c) => c.invitationId === building.invitationId)!.improvement).toEqual({
      id: card.json<{ id: string }>().id,
      title: 'Fastighetsbeteckning i varje överlämning',
    });
    expect(
      (
        await request(
          w.buildingContact,
          'POST',
          `/api/department-surveys/answers/${building.invitationId}/improvement`,
          { title: 'X' },
        )
      ).statusCode,
    ).toBe(403);
  });
});
