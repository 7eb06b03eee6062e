// Where the tests find a real PostgreSQL: TEST_DATABASE_URL, else DATABASE_URL (CI sets one).
export function testPostgresUrl(): string | null {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;
}

export const repoRoot = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
