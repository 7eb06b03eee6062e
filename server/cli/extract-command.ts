// `claimtrail extract`: suggested claims of article files, without a database. One file prints
// `{ claims }` (the attribution scorer's input); a folder or several files print one JSON line
// per file (`{ file, claims }`) from one process, so a folder of articles takes seconds.
import fs from "node:fs";
import path from "node:path";
import { MAX_BODY_LENGTH } from "@/lib/editing/schemas";
import { AppError } from "@/lib/errors";
import { readArticleBody } from "@/lib/extraction/article-body";
import { extractClaims } from "@/lib/extraction/extract-claims";
import { isReadableText } from "@/lib/extraction/readable-text";
import { isSpeakerUnresolved, type SuggestedClaim } from "@/lib/extraction/suggested-claim";
import { escapeControlCharacters } from "@/lib/input/terminal-text";
import { CLAIM_KIND_OF_SUGGESTION } from "@/lib/suggestions/propose-claim-draft";
import { stateClaim } from "@/lib/words/claim-statement";

// The same limit as an article's body in the app (MAX_BODY_LENGTH characters), which extraction
// finishes in seconds; the byte limit refuses a far bigger file before reading it (UTF-8 spends at
// most 3 bytes on a UTF-16 code unit).
const MAX_FILE_BYTES = 3 * MAX_BODY_LENGTH;
// A folder is read for its article files only, not recursively.
const ARTICLE_FILE = /\.(?:txt|text)$/i;
const MAX_FILES = 10_000;

export type ExtractOptions = { json?: boolean; outlet?: string };

// A file of article text: a link is followed only when it ends at a regular file, so a link loop
// (which `stat` cannot resolve) or a link to a folder is passed over.
function isArticleFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Files named by the arguments, folders expanded to their .txt files in name order.
 * Throws NOT_FOUND for a missing path or a folder with no article file.
 */
function listArticleFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const given of paths) {
    if (!fs.existsSync(given)) throw new AppError("NOT_FOUND", `no file or folder ${given}`);
    if (fs.statSync(given).isDirectory()) {
      const names = fs
        .readdirSync(given)
        .filter((name) => ARTICLE_FILE.test(name) && isArticleFile(path.join(given, name)));
      if (names.length === 0) throw new AppError("NOT_FOUND", `no article files (.txt) in ${given}`);
      files.push(...names.sort().map((name) => path.join(given, name)));
    } else files.push(given);
    if (files.length > MAX_FILES) throw new AppError("INVALID", `more than ${MAX_FILES} files: split the batch`);
  }
  return files;
}

function extractFile(file: string, outlet: string | undefined): SuggestedClaim[] {
  const size = fs.statSync(file).size;
  if (size > MAX_FILE_BYTES)
    throw new AppError("INVALID", `${file} is ${size} bytes; an article file may have at most ${MAX_FILE_BYTES}`);
  const text = fs.readFileSync(file, "utf8");
  if (!isReadableText(text)) throw new AppError("INVALID", `${file} is not a text file (it holds binary data)`);
  const body = readArticleBody(text);
  if (body.length > MAX_BODY_LENGTH)
    throw new AppError(
      "INVALID",
      `${file} has ${body.length} characters; an article may have at most ${MAX_BODY_LENGTH}, as in the app`,
    );
  return extractClaims(body, { ownOutlet: outlet });
}

// A speaker too uncertain to state is asked about, never printed as no speaker at all.
function speakerColumn(claim: SuggestedClaim): string {
  if (claim.speaker) return claim.speaker;
  if (!isSpeakerUnresolved(claim)) return "(unattributed)";
  const says = claim.speakerMention ? `the text says "${claim.speakerMention}"` : "the text does not say here";
  const might = claim.speakerCandidates?.length ? `; perhaps ${claim.speakerCandidates.join(", ")}` : "";
  return `(who said this? ${says}${might})`;
}

// The speaker has its own column, so the words stand alone: quoted only when a direct quote.
function printClaims(claims: SuggestedClaim[]): void {
  for (const claim of claims) {
    const words = stateClaim({ quote: claim.text, kind: CLAIM_KIND_OF_SUGGESTION[claim.kind], speakerName: null }).text;
    process.stdout.write(
      `${claim.indirect ? "indirect" : "direct  "}\t${escapeControlCharacters(speakerColumn(claim))}\t${escapeControlCharacters(words)}\n`,
    );
  }
}

export async function extractCommand(paths: string[], options: ExtractOptions): Promise<void> {
  const batch = paths.length > 1 || paths.some((p) => fs.existsSync(p) && fs.statSync(p).isDirectory());
  const files = listArticleFiles(paths);
  if (!batch) {
    const claims = extractFile(files[0] ?? "", options.outlet);
    if (options.json) process.stdout.write(`${JSON.stringify({ claims }, null, 2)}\n`);
    else printClaims(claims);
    return;
  }
  let failed: AppError | null = null;
  for (const file of files) {
    try {
      const claims = extractFile(file, options.outlet);
      if (options.json) process.stdout.write(`${JSON.stringify({ file, claims })}\n`);
      else {
        process.stdout.write(`== ${file}\n`);
        printClaims(claims);
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // One bad file must not cost the rest of the batch; the exit code still says it failed.
      process.stderr.write(`claimtrail: ${error.message}\n`);
      failed = error;
    }
  }
  if (failed) throw new AppError(failed.code, `${files.length} files read, at least one failed (see above)`);
}
