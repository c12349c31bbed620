import { describe, expect, it } from 'vitest';
import { authorityOver, authorityToGrant, rankOf } from './authority.js';
import type { RoleGrant } from './roles.js';

const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';
const UNIT = '6f1c1c3e-1b2a-4c55-9d7e-0a1b2c3d4e5f';
const grants = (...roles: RoleGrant['role'][]): RoleGrant[] =>
  roles.map((role) => ({ role, unitId: role === 'department_contact' ? UNIT : null }));
const account = (roles: RoleGrant[], isPlatformAdmin = false, tenantId = T1) => ({
  tenantId,
  roles,
  isPlatformAdmin,
});

describe('authorityOver', () => {
  const admin = account(grants('administrator'));

  it('administrator over a guide -> allowed (a guide may do less)', () => {
    expect(authorityOver(admin, account(grants('guide')))).toBeNull();
  });

  it('administrator over another administrator -> allowed (equal power is not more)', () => {
    expect(authorityOver(admin, account(grants('administrator')))).toBeNull();
  });

  it('administrator over the platform administrator -> refused (the escalation of issue #11)', () => {
    expect(authorityOver(admin, account(grants('administrator'), true))).toBe('outranks_actor');
  });

  it('platform administrator over the platform administrator -> allowed', () => {
    expect(authorityOver(account(grants('administrator'), true), account(grants('guide'), true))).toBeNull();
  });

  it('manager over an administrator -> refused (users:write, integrations:manage, ...)', () => {
    expect(authorityOver(account(grants('manager')), admin)).toBe('outranks_actor');
  });

  it('manager over a quality developer -> allowed (the same rank)', () => {
    expect(authorityOver(account(grants('manager')), account(grants('quality_developer')))).toBeNull();
  });

  it('quality developer over a guide who is also an administrator -> refused (the highest role counts)', () => {
    expect(authorityOver(account(grants('quality_developer')), account(grants('guide', 'administrator')))).toBe(
      'outranks_actor',
    );
  });

  it('administrator over a guide + department contact -> allowed (a union still within theirs)', () => {
    expect(authorityOver(admin, account(grants('guide', 'department_contact')))).toBeNull();
  });

  it('another tenant’s guide -> refused, whatever the power', () => {
    expect(authorityOver(account(grants('administrator'), true), account(grants('guide'), false, T2))).toBe(
      'other_tenant',
    );
  });

  it('oneself -> allowed (the same power)', () => {
    const me = account(grants('guide'));
    expect(authorityOver(me, me)).toBeNull();
  });
});

describe('rankOf', () => {
  it('no roles -> 0; guide 1; manager 2; administrator 3; platform administrator 4 whatever the roles', () => {
    expect(rankOf({ roles: [], isPlatformAdmin: false })).toBe(0);
    expect(rankOf({ roles: grants('guide'), isPlatformAdmin: false })).toBe(1);
    expect(rankOf({ roles: grants('guide', 'manager'), isPlatformAdmin: false })).toBe(2);
    expect(rankOf({ roles: grants('administrator'), isPlatformAdmin: false })).toBe(3);
    expect(rankOf({ roles: grants('guide'), isPlatformAdmin: true })).toBe(4);
  });
});

describe('authorityToGrant', () => {
  it('administrator grants manager and guide -> allowed', () => {
    expect(authorityToGrant(account(grants('administrator')), grants('manager', 'guide'))).toBeNull();
  });

  it('administrator grants platform administration -> refused', () => {
    expect(authorityToGrant(account(grants('administrator')), grants('guide'), true)).toBe(
      'grant_exceeds_actor',
    );
  });

  it('manager grants administrator -> refused', () => {
    expect(authorityToGrant(account(grants('manager')), grants('administrator'))).toBe('grant_exceeds_actor');
  });
});
