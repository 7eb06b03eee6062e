// What can be exported, as the HTTP route, tRPC and the CLI accept it.
import { z } from "zod";
import { ExportFormat } from "./formats";

export const ExportScope = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("article"), article: z.string().min(1, "name an article by id or slug") }),
  z.object({
    kind: z.literal("selection"),
    claimIds: z.array(z.string().uuid("claim ids are UUIDs")).min(1, "select at least one claim").max(10_000),
  }),
  z.object({ kind: z.literal("workspace"), workspace: z.string().min(1, "name a workspace by slug") }),
]);
export type ExportScope = z.infer<typeof ExportScope>;

export const ExportRequest = z.object({
  scope: ExportScope,
  format: ExportFormat,
  /** CSV only: start with a byte-order mark so Excel reads UTF-8. */
  bom: z.boolean().default(false),
});
export type ExportRequest = z.infer<typeof ExportRequest>;
