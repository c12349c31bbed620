/**
 * The channel a guide logs on is remembered in this browser, per guide: one guide is on the
 * phone all day, another at the service desk. Phone is where most contacts come in (DOMAIN.md,
 * ~65%), so it is the default for a guide who has not chosen yet.
 */
import { CHANNELS } from '../../../core/contacts/taxonomy.js';
import type { Channel } from './contact-types.js';

export const DEFAULT_CHANNEL: Channel = 'phone';

const keyFor = (userId: string) => `lots.contacts.channel.${userId}`;

function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** The guide's last channel in this browser, or phone. */
export function rememberedChannel(userId: string): Channel {
  try {
    const value = globalThis.localStorage?.getItem(keyFor(userId));
    return isChannel(value) ? value : DEFAULT_CHANNEL;
  } catch {
    // Storage can be switched off by the browser's privacy settings.
    return DEFAULT_CHANNEL;
  }
}

export function rememberChannel(userId: string, channel: Channel): void {
  try {
    globalThis.localStorage?.setItem(keyFor(userId), channel);
  } catch {
    // Not remembered; the form still works.
  }
}
