// Dropping a test database on a PostgreSQL where the test role is not a superuser (as in CI).
//
// `DROP DATABASE … WITH (FORCE)` must be allowed to signal every backend in the database, and an
// autovacuum worker counts as another role's backend: a non-superuser gets "must be a member of
// the role whose process is being terminated" (42501). A plain DROP asks autovacuum to stop by
// itself and waits up to 5 s for it, so it goes first; FORCE is only for our own leaked
// connections. A database that still cannot be dropped is reported, not failed on: it is a
// throwaway copy, and the run's teardown sweeps what remains.
import pg from "pg";

const inUse = "55006";
const attempts = 4;

/** Drops `name` on the server at `url`; resolves `true` when it is gone, `false` (with a warning) if not. */
export async function dropTestDatabase(url: string, name: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        return true;
      } catch (error) {
        if (errorCode(error) !== inUse) throw error;
      }
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        return true;
      } catch (error) {
        if (attempt === attempts) {
          console.warn(`test database ${name} left behind: ${(error as Error).message}`);
          return false;
        }
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      }
    }
    return false;
  } finally {
    await admin.end();
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}
