/**
 * Counting failed sign-ins in a sliding window, to limit guessing beyond the per-address rate
 * limit of the login route (OWASP Authentication Cheat Sheet, "Protect against automated
 * attacks"; OWASP ASVS 4.0 V2.2.1): per account, so that many addresses guessing one account's
 * password are stopped, and over all accounts, so that credential stuffing across many accounts
 * from many addresses is slowed down for the whole installation.
 *
 * A key is refused once it has `limit` failures within the last `windowMs`; each failure ages out
 * on its own. Memory is bounded: failures are kept per key only while they are in the window.
 */
export interface FailureWindowOptions {
  limit: number;
  windowMs: number;
}

export class FailureWindow {
  private readonly failures = new Map<string, number[]>();
  private sweptAt = 0;

  constructor(private readonly options: FailureWindowOptions) {}

  /** Whether the key has reached the limit at `nowMs`. */
  isOver(key: string, nowMs: number): boolean {
    return this.recent(key, nowMs).length >= this.options.limit;
  }

  /** Records one failure for the key at `nowMs`. */
  record(key: string, nowMs: number): void {
    const times = this.recent(key, nowMs);
    times.push(nowMs);
    // Never more than the limit: older failures beyond it cannot change the answer.
    if (times.length > this.options.limit) times.splice(0, times.length - this.options.limit);
    this.failures.set(key, times);
    this.sweep(nowMs);
  }

  /** Forgets the key's failures (after a successful sign-in). */
  clear(key: string): void {
    this.failures.delete(key);
  }

  /** Keys with failures still in the window. */
  get size(): number {
    return this.failures.size;
  }

  private recent(key: string, nowMs: number): number[] {
    const since = nowMs - this.options.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) this.failures.delete(key);
    return times;
  }

  /** Drops keys whose failures have all aged out, at most once a window. */
  private sweep(nowMs: number): void {
    if (nowMs - this.sweptAt < this.options.windowMs) return;
    this.sweptAt = nowMs;
    for (const key of [...this.failures.keys()]) this.recent(key, nowMs);
  }
}
