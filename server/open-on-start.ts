// Opens the database (lock, migrations, demo seed) before the first request, so a second
// server on the same ./data stops at once with a clear message instead of failing later.
import { getAppDatabase } from "./app-database";

try {
  const database = await getAppDatabase();
  console.log(`claimtrail: database ready (${database.engine})`);
} catch (error) {
  console.error(`claimtrail: cannot start: ${(error as Error).message}`);
  process.exit(1);
}
