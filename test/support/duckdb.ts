import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/**
 * An in-memory DuckDB for oracle tests, opened before the file's tests and closed after:
 * `run` executes SQL, `query` returns rows as plain JS objects.
 */
export function useDuckDb() {
  let db: DuckDBInstance;
  let con: DuckDBConnection;
  beforeAll(async () => {
    db = await DuckDBInstance.create(':memory:');
    con = await db.connect();
  });
  afterAll(() => {
    con?.closeSync();
    db?.closeSync();
  });
  return {
    run: async (sql: string): Promise<void> => void (await con.run(sql)),
    query: async (sql: string): Promise<Record<string, unknown>[]> => (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[],
  };
}
