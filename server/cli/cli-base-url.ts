// The base of the public links a CLI export writes: PUBLIC_URL, or where `npm start` serves the
// app by default. Said on stderr, so a wrong base is noticed before the file is shared.
import { env } from "@/server/env";

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
