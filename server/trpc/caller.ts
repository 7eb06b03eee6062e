// Server components call procedures through this caller: the same code path as HTTP clients.
import "server-only";
import { getDb } from "@/server/db";
import { createInnerContext } from "./context";
import { createCaller } from "./root";

export async function getServerCaller() {
  return createCaller(createInnerContext({ db: await getDb(), session: null }));
}
