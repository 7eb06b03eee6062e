// The base of the public links a CLI export writes, said on stderr so a wrong base is noticed
// before the file is shared. From the database: PUBLIC_URL, or where `npm start` serves the app
// by default. Through a running server: the base that server writes (its PUBLIC_URL, or the
// address the CLI reached it at), so the file links where the server's own pages and exports do.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { env } from "@/server/env";
import { type CliTarget, fetchFromServer } from "./database-or-server";

const DEFAULT_BASE_URL = "http://localhost:3000";

export function cliBaseUrl(): string {
  const configured = env().publicUrl;
  process.stderr.write(
    configured
      ? `links use ${configured} (PUBLIC_URL)\n`
      : `links use ${DEFAULT_BASE_URL} (PUBLIC_URL is not set; set it to the app's public address)\n`,
  );
  return configured ?? DEFAULT_BASE_URL;
}

const BaseUrlAnswer = z.object({ baseUrl: z.url() });

/**
 * The base the server at `target.url` writes (GET /api/base-url). Throws AppError UNAVAILABLE
 * when the server does not answer or answers something that is not a base URL; the AppError of
 * the server's status otherwise (fetchFromServer).
 */
export async function serverBaseUrl(target: Extract<CliTarget, { via: "server" }>): Promise<string> {
  const response = await fetchFromServer(target, "/api/base-url");
  const answer = BaseUrlAnswer.safeParse(await response.json().catch(() => null));
  if (!answer.success) {
    throw new AppError(
      "UNAVAILABLE",
      `the server at ${target.url} did not say which address its links use (GET /api/base-url)`,
    );
  }
  const base = answer.data.baseUrl.replace(/\/+$/, "");
  process.stderr.write(`links use ${base} (the server at ${target.url})\n`);
  return base;
}
