// Where a CLI command does its work: in the database, or — when the embedded database is held
// by a running app server — through that server's HTTP API, at `--server` when given, else at
// the address the server recorded in the data folder's lock, else http://localhost:3000.
import { AppError, type AppErrorCode, isAppError } from "@/lib/errors";
import { getAppDatabase } from "@/server/app-database";
import { lockingServerUrl } from "@/server/database/data-dir-lock";
import type { Db } from "@/server/database/open-database";
import type { SqlReader } from "@/server/database/sql-connection";
import { env } from "@/server/env";

const DEFAULT_SERVER = "http://localhost:3000";

export type CliTarget =
  /** `sql`: the database's own connection (Database.sql), for the reads written in SQL. */
  | { via: "database"; db: Db; sql: SqlReader }
  /** `lockMessage`: why the database could not be opened, repeated when the server does not answer. */
  | { via: "server"; url: string; lockMessage: string };

/**
 * The database, or the server holding it (`brief`: see getAppDatabase). Throws AppError INVALID for a `serverOption` that is
 * not an http(s) URL (before the database is touched); any error opening the database other
 * than its being held (UNAVAILABLE) is thrown as it is.
 */
export async function openDatabaseOrServer(
  serverOption: string | undefined,
  options: { brief?: boolean } = {},
): Promise<CliTarget> {
  if (serverOption !== undefined && !isHttpUrl(serverOption))
    throw new AppError("INVALID", `--server must be an http(s) address such as ${DEFAULT_SERVER}, not ${serverOption}`);
  try {
    const { db, sql } = await getAppDatabase(options);
    return { via: "database", db, sql };
  } catch (error) {
    if (!isAppError(error) || error.code !== "UNAVAILABLE") throw error;
    const url = (serverOption ?? lockingServerUrl(env().dataDir) ?? DEFAULT_SERVER).replace(/\/+$/, "");
    return { via: "server", url, lockMessage: error.message };
  }
}

/** The AppError for a server that did not answer at all. */
export function serverSilent(target: { url: string; lockMessage: string }): AppError {
  return new AppError(
    "UNAVAILABLE",
    `${target.lockMessage}\nThe server at ${target.url} did not answer either; pass --server URL if it runs elsewhere.`,
  );
}

const CODE_OF_STATUS: Record<number, AppErrorCode> = {
  400: "INVALID",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  413: "TOO_LARGE",
  429: "RATE_LIMITED",
};

/**
 * Sends one request to the server: a response that is not 2xx becomes the AppError its status
 * means, with the server's own message (routes answer `{ error: { message } }`). Throws
 * serverSilent's error when nothing answers.
 */
export async function fetchFromServer(
  target: { url: string; lockMessage: string },
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${target.url}${path}`, init);
  } catch {
    throw serverSilent(target);
  }
  if (response.ok) return response;
  const text = await response.text();
  let message = `the server at ${target.url} answered ${response.status}`;
  try {
    const parsed = JSON.parse(text) as { error?: { message?: unknown } };
    if (typeof parsed.error?.message === "string") message = parsed.error.message;
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  throw new AppError(CODE_OF_STATUS[response.status] ?? "UNAVAILABLE", message);
}

function isHttpUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
