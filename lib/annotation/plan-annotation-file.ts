// An annotation file as it arrives (parsed JSON, unchecked) planned for import: checked against
// the format, its text found (in the file, or given apart: `--body`), and every claim placed
// (plan-import.ts). Pure, so it runs in the CLI, in a test, or in the server's worker threads.

import { MAX_BODY_LENGTH } from "../editing/schemas";
import { AppError } from "../errors";
import { formatZodError } from "../format-zod-error";
import { findUnsafeText } from "../input/find-unsafe-text";
import { AnnotationFile } from "./annotation-file";
import { type ImportPlan, planAnnotationImport } from "./plan-import";

/**
 * Throws AppError INVALID for a file holding a NUL or a lone surrogate, one the format refuses, one without a text, a text over the
 * article limit, or a claim that cannot be placed (the message names it).
 */
export function planAnnotationFile(annotation: unknown, given: { body?: string; title?: string } = {}): ImportPlan {
  // NUL and lone surrogates are refused here, for the file alone, before any write (PostgreSQL
  // cannot store NUL: the whole batch failed with its internals, issue 13).
  const unsafe = findUnsafeText({ annotation, ...given });
  if (unsafe) throw new AppError("INVALID", unsafe);
  const object = typeof annotation === "object" && annotation !== null && !Array.isArray(annotation) ? annotation : {};
  const parsed = AnnotationFile.safeParse(given.title === undefined ? object : { ...object, title: given.title });
  if (!parsed.success) throw new AppError("INVALID", `annotation file: ${formatZodError(parsed.error)}`);
  const body = given.body ?? parsed.data.article?.body;
  if (body === undefined)
    throw new AppError("INVALID", "the file has no article.body: give the article's text with --body FILE");
  if (body.length > MAX_BODY_LENGTH)
    throw new AppError("INVALID", `the article text is ${body.length} characters; the limit is ${MAX_BODY_LENGTH}`);
  return planAnnotationImport(parsed.data, body);
}
