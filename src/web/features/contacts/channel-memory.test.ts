// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberChannel, rememberedChannel } from './channel-memory.js';

describe('channel memory', () => {
  beforeEach(() => localStorage.clear());

  it('phone until the guide chooses another', () => expect(rememberedChannel('g1')).toBe('phone'));

  it('per guide: one guide’s choice is not another’s', () => {
    rememberChannel('g1', 'visit');
    expect(rememberedChannel('g1')).toBe('visit');
    expect(rememberedChannel('g2')).toBe('phone');
  });

  it('a stored value that is no channel gives phone', () => {
    localStorage.setItem('lots.contacts.channel.g1', 'fax');
    expect(rememberedChannel('g1')).toBe('phone');
  });
});
