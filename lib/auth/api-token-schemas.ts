// Inputs of the API token procedures, shared by the settings form and the procedures.
import { z } from "zod";
import { NameText } from "../input/name-text";

/** At most this many live tokens per person (issue 13: every input and every list is bounded). */
export const MAX_API_TOKENS = 20;

export const CreateApiTokenInput = z
  .object({
    /** What the token is for ("Newsroom CMS"), shown in the list; look-alikes refused (lib/input/name-text.ts). */
    name: NameText("the token name")
      .trim()
      .min(1, "name the token after what will use it, e.g. “Newsroom CMS”")
      .max(80, "a token's name is at most 80 characters")
      .default("API token"),
    /** The one workspace the token may act in; absent: every workspace its person is a member of. */
    workspaceId: z.string().uuid("choose a workspace from the list").optional(),
  })
  .default({ name: "API token" });
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

export const RevokeApiTokenInput = z.object({ tokenId: z.string().uuid("choose a token from the list") });

/** One token as its owner sees it in the list: never the token itself. Dates are ISO strings. */
export const ApiTokenListing = z.object({
  id: z.string(),
  name: z.string(),
  workspace: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string(),
});
export type ApiTokenListing = z.infer<typeof ApiTokenListing>;
