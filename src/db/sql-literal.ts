/**
 * SQL literals for the scripts of the hot paths (Database.transaction's prelude, commitWith),
 * which go without parameters so that several statements travel in one round trip. Nothing a
 * user typed is ever spliced in as it is: text becomes `convert_from(decode('<hex>', 'hex'),
 * 'UTF8')`, whose only characters are hex digits, so no input can end the literal or change the
 * statement, whatever the server's string settings. Numbers must be finite, dates are written
 * by toISOString, and every literal is cast to its column's type.
 */

export type LiteralValue = string | number | boolean | Date | null;

/** The value as an SQL expression of the given type, e.g. sqlLiteral('Jakobsberg', 'text'). */
export function sqlLiteral(value: LiteralValue | undefined, type: string): string {
  if (!/^[a-z][a-z0-9_ ]*(\[\])?$/.test(type)) throw new Error(`not an SQL type name: ${type}`);
  if (value === null || value === undefined) return `NULL::${type}`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('not a finite number');
    return `${String(value)}::${type}`;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('not a valid date');
    return `'${value.toISOString()}'::${type}`;
  }
  return `convert_from(decode('${Buffer.from(value, 'utf8').toString('hex')}', 'hex'), 'UTF8')::${type}`;
}
