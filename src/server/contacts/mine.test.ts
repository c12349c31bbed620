import { describe, expect, it } from 'vitest';
import { calendarDayOf, startOfCalendarDay } from '../../core/contacts/calendar-day.js';
import { createContact } from '../../test/factories.js';
import { signedInAs, testServer } from '../../test/server.js';
import { contactWorld } from '../../test/contacts.js';

const server = await testServer();
const { app, db } = server;

interface MyDayJson {
  day: string;
  todayCount: number;
  recent: { id: string; loggedByMe: boolean }[];
}

describe('GET /api/contacts/mine: a guide’s own day, for the start page', () => {
  it('counts only the guide’s own contacts of today and lists only their own latest ones', async () => {
    const world = await contactWorld(server);
    const t = world.guide.tenant.id;
    const colleague = await signedInAs(server, ['guide'], { tenant: world.guide.tenant });
    const now = new Date();
    const today = calendarDayOf(now);
    // Earlier today, at least the day's first minute (a run just after midnight stays today).
    const earlierToday = new Date(
      Math.max(startOfCalendarDay(today).getTime() + 60_000, now.getTime() - 60_000),
    );
    const yesterday = new Date(startOfCalendarDay(today).getTime() - 3_600_000);
    const make = (userId: string, startedAt: Date) =>
      createContact(db, t, { loggedByUserId: userId, topic: world.topic, startedAt });
    const own1 = await make(world.guide.user.id, earlierToday);
    const own2 = await make(world.guide.user.id, new Date(earlierToday.getTime() - 1000));
    const ownYesterday = await make(world.guide.user.id, yesterday);
    const deleted = await make(world.guide.user.id, earlierToday);
    const del = await app.inject({
      method: 'DELETE',
      url: `/api/contacts/${deleted.id}`,
      headers: world.guide.headers,
      payload: { reason: 'Dubblett' },
    });
    expect(del.statusCode, del.body).toBe(204);
    // The colleague's contacts, today and more of them: never counted or listed for the guide.
    for (let i = 0; i < 3; i++) await make(colleague.user.id, earlierToday);

    const res = await app.inject({ method: 'GET', url: '/api/contacts/mine', headers: world.guide.headers });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<MyDayJson>();
    expect(body.day).toBe(today);
    expect(body.todayCount).toBe(2);
    expect(body.recent.map((c) => c.id)).toEqual([own1.id, own2.id, ownYesterday.id]);
    expect(body.recent.every((c) => c.loggedByMe)).toBe(true);

    const theirs = await app.inject({ method: 'GET', url: '/api/contacts/mine', headers: colleague.headers });
    expect(theirs.json<MyDayJson>().todayCount).toBe(3);
  });

  it('is for those who log contacts: a manager or department contact is refused, and no one signed out', async () => {
    const manager = await signedInAs(server, ['manager']);
    const res = await app.inject({ method: 'GET', url: '/api/contacts/mine', headers: manager.headers });
    expect(res.statusCode).toBe(403);
    const anonymous = await app.inject({ method: 'GET', url: '/api/contacts/mine' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('takes no parameter that could name another guide', async () => {
    const world = await contactWorld(server);
    const other = await signedInAs(server, ['guide'], { tenant: world.guide.tenant });
    await createContact(db, world.guide.tenant.id, {
      loggedByUserId: other.user.id,
      topic: world.topic,
      startedAt: new Date(),
    });
    const res = await app.inject({
      method: 'GET',
      url: `/api/contacts/mine?loggedBy=${other.user.id}&userId=${other.user.id}`,
      headers: world.guide.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<MyDayJson>().todayCount).toBe(0);
    expect(res.json<MyDayJson>().recent).toEqual([]);
  });
});
