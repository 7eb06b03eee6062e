// The environment, parsed once. Nothing else reads process.env.
import path from "node:path";
import { z } from "zod";

/**
 * A variable set to nothing (`VAR=` in a shell or a compose file) reads as unset, so it takes its
 * default: coerced as it stands, "" would be the number 0 (for the reads limit: no limit at all).
 */
const blankAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  CLAIMTRAIL_ROOT: z.string().optional(),
  CLAIMTRAIL_DATA_DIR: z.string().optional(),
  CLAIMTRAIL_SEED: z.enum(["demo", "none"]).default("demo"),
  PUBLIC_URL: z
    .string()
    .url("PUBLIC_URL must be the app's public address, e.g. https://claims.example.org")
    .refine((value) => /^https?:\/\//i.test(value), "PUBLIC_URL must start with https:// or http://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  CLAIMTRAIL_STATEMENT_TIMEOUT_MS: z.preprocess(blankAsUnset, z.coerce.number().int().min(100).max(600_000).optional()),
  CLAIMTRAIL_TRUSTED_PROXIES: z.preprocess(
    blankAsUnset,
    z.coerce
      .number()
      .int("CLAIMTRAIL_TRUSTED_PROXIES must be a whole number of proxy hops, e.g. 1")
      .min(0)
      .max(10)
      .default(0),
  ),
  CLAIMTRAIL_API_TOKEN: z.string().optional(),
  CLAIMTRAIL_PUBLIC_READS_PER_MINUTE: z.preprocess(
    blankAsUnset,
    z.coerce
      .number()
      .int("CLAIMTRAIL_PUBLIC_READS_PER_MINUTE must be a whole number of reads, e.g. 600 (0: no limit)")
      .min(0)
      .default(600),
  ),
  CLAIMTRAIL_PUBLIC_CACHE_SECONDS: z.preprocess(
    blankAsUnset,
    z.coerce
      .number()
      .int("CLAIMTRAIL_PUBLIC_CACHE_SECONDS must be a whole number of seconds, e.g. 60")
      .min(1)
      .max(86_400)
      .default(60),
  ),
  CLAIMTRAIL_SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\//,
      "CLAIMTRAIL_SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:pass@mail.example.org",
    )
    .optional()
    .or(z.literal("").transform(() => undefined)),
  CLAIMTRAIL_MAIL_FROM: z.preprocess(blankAsUnset, z.string().default("Claimtrail <claimtrail@localhost>")),
  CLAIMTRAIL_OUTBOX_DIR: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = {
  databaseUrl: string | undefined;
  root: string;
  dataDir: string;
  seed: "demo" | "none";
  /** The app's public base URL (PUBLIC_URL, no trailing slash); null when unset: pages and the API then use the request's origin. */
  publicUrl: string | null;
  isProduction: boolean;
  /** NODE_ENV is development (`npm run dev`, and the default): mail kept in the outbox is printed to the log too. */
  isDevelopment: boolean;
  /** The longest one database statement may run, ms (open-database.ts has the default). */
  statementTimeoutMs: number | undefined;
  /** How many reverse proxies in front append to X-Forwarded-For (CLAIMTRAIL_TRUSTED_PROXIES; 0: none, the connection's own address counts). */
  trustedProxies: number;
  /** The CLI's API token for a running server's webhooks (CLAIMTRAIL_API_TOKEN); never read by the server. */
  apiToken: string | undefined;
  /** Reads one anonymous client may make a minute through the API (CLAIMTRAIL_PUBLIC_READS_PER_MINUTE; 0: no limit). */
  publicReadsPerMinute: number;
  /** How long a cached public read serves before it is read again, s (CLAIMTRAIL_PUBLIC_CACHE_SECONDS): the bound on staleness after a write made by another process. */
  publicCacheSeconds: number;
  /** Where mail goes (CLAIMTRAIL_SMTP_URL); null: into the outbox folder. */
  smtpUrl: string | null;
  /** The sender of every mail (CLAIMTRAIL_MAIL_FROM). */
  mailFrom: string;
  /** The outbox folder, used when no SMTP server is set (CLAIMTRAIL_OUTBOX_DIR; default <data folder>/outbox). */
  outboxDir: string;
};

/** The settings in `source` (process.env), checked. @throws Error naming each variable that is wrong. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const vars = parsed.data;
  const root = path.resolve(/* turbopackIgnore: true */ vars.CLAIMTRAIL_ROOT ?? process.cwd());
  const dataDir = path.resolve(/* turbopackIgnore: true */ root, vars.CLAIMTRAIL_DATA_DIR ?? "data");
  return {
    databaseUrl: vars.DATABASE_URL,
    root,
    dataDir,
    seed: vars.CLAIMTRAIL_SEED,
    publicUrl: vars.PUBLIC_URL ? vars.PUBLIC_URL.replace(/\/+$/, "") : null,
    isProduction: vars.NODE_ENV === "production",
    isDevelopment: vars.NODE_ENV === "development",
    statementTimeoutMs: vars.CLAIMTRAIL_STATEMENT_TIMEOUT_MS,
    trustedProxies: vars.CLAIMTRAIL_TRUSTED_PROXIES,
    apiToken: vars.CLAIMTRAIL_API_TOKEN || undefined,
    publicReadsPerMinute: vars.CLAIMTRAIL_PUBLIC_READS_PER_MINUTE,
    publicCacheSeconds: vars.CLAIMTRAIL_PUBLIC_CACHE_SECONDS,
    smtpUrl: vars.CLAIMTRAIL_SMTP_URL ?? null,
    mailFrom: vars.CLAIMTRAIL_MAIL_FROM,
    outboxDir: path.resolve(
      /* turbopackIgnore: true */ root,
      vars.CLAIMTRAIL_OUTBOX_DIR ?? path.join(dataDir, "outbox"),
    ),
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
