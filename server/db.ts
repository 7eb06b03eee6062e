// The app server's database handle. Server components and route handlers come through here;
// services receive the handle as a parameter.
import "server-only";
import type { Db } from "./database/open-database";
import { getAppDatabase } from "./database/app-database";

export async function getDb(): Promise<Db> {
  return (await getAppDatabase()).db;
}
