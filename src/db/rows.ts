/**
 * Rows of a raw `tx.execute(sql...)` result. The pglite and node-postgres drivers both answer
 * with an object holding `rows`; drizzle types it per driver, so the shared type is unknown.
 */
export function rowsOf<Row>(result: unknown): Row[] {
  return (result as { rows: Row[] }).rows;
}
