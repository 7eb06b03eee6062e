// The app server's database handle. Server components and route handlers come through here;
// services receive the handle as a parameter.
import "server-only";
import { getAppDatabase } from "./app-database";
import type { Db } from "./database/open-database";

export async function getDb(): Promise<Db> {
  return (await getAppDatabase()).db;
}
