/**
 * Which calls a measure is about: every queue of the municipality ('all'), one queue group, or
 * one queue. Written in URLs and on the command line as `all`, `group:<id>` or `queue:<id>`.
 */
export type ScopeKind = 'all' | 'group' | 'queue';

export interface Scope {
  kind: ScopeKind;
  /** The group's or queue's id; null for 'all'. */
  id: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The scope written as text, or null when it is not one. */
export function parseScope(text: string): Scope | null {
  if (text === 'all') return { kind: 'all', id: null };
  const parts = text.split(':');
  const [kind, id] = parts;
  if (parts.length === 2 && (kind === 'group' || kind === 'queue') && id !== undefined && UUID.test(id)) {
    return { kind, id: id.toLowerCase() };
  }
  return null;
}

export function formatScope(scope: Scope): string {
  return scope.kind === 'all' ? 'all' : `${scope.kind}:${scope.id ?? ''}`;
}
