// An article's title, one rule for every way in: the editor, the CMS webhook, `claimtrail revise`
// and imported annotation files.
import { NameText } from "../input/name-text";

/** Longest title, in UTF-16 code units: room for a long headline with its subtitle. */
const MAX_TITLE_LENGTH = 300;

/**
 * A title: cleaned of invisible characters and look-alikes refused (lib/input/name-text.ts),
 * trimmed, 1..300 characters, without `<` or `>`. Fails with a zod message naming the rule.
 */
export const ArticleTitle = NameText("the title")
  .trim()
  .min(1, "the title cannot be empty")
  .max(MAX_TITLE_LENGTH, `the title is at most ${MAX_TITLE_LENGTH} characters`)
  .refine((value) => !/[<>]/.test(value), "the title cannot contain < or >");
