// One readable line from a zod error: "claims.3.kind: Invalid option: expected one of …".
import type { z } from "zod";

export function formatZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
