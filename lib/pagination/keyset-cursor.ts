// Keyset-pagination cursors: the sort keys of the last row of a page, as one URL-safe string
// ("2026-11-20T10:00:00.000Z~-~<uuid>", "-" for an empty key). A page then starts where the
// previous one stopped, through an index, however deep it is (no OFFSET).
import { z } from "zod";
import { AppError } from "../errors";

const SEPARATOR = "~";
const EMPTY = "-";
const MAX_CURSOR_LENGTH = 300;

const Instant = z.string().datetime({ offset: true });
const Id = z.string().uuid();
const Name = z.string().min(1).max(200);

/** What each key of a cursor may be. */
const KEY_SCHEMAS = { instant: Instant, id: Id, name: Name } as const;
type KeyKind = keyof typeof KEY_SCHEMAS;

export function encodeCursor(keys: Array<string | null>): string {
  return keys.map((key) => (key === null ? EMPTY : encodeURIComponent(key))).join(SEPARATOR);
}

/**
 * The keys of a cursor, checked against the kinds the list sorts by. Throws AppError INVALID
 * for anything else (a cursor from another list, or edited by hand).
 */
export function decodeCursor<const K extends readonly KeyKind[]>(
  text: string,
  kinds: K,
  nullable: readonly boolean[] = [],
): { [I in keyof K]: string | null } {
  const invalid = () =>
    new AppError("INVALID", "this page link is not valid any more; start again from the first page");
  if (text.length > MAX_CURSOR_LENGTH) throw invalid();
  const parts = text.split(SEPARATOR);
  if (parts.length !== kinds.length) throw invalid();
  return parts.map((part, index) => {
    if (part === EMPTY) {
      if (!nullable[index]) throw invalid();
      return null;
    }
    let value: string;
    try {
      value = decodeURIComponent(part);
    } catch {
      throw invalid();
    }
    if (!KEY_SCHEMAS[kinds[index]!].safeParse(value).success) throw invalid();
    return value;
  }) as { [I in keyof K]: string | null };
}

/** A cursor as a procedure input: bounded, decoded by the service that knows its keys. */
export const CursorInput = z.string().min(1).max(MAX_CURSOR_LENGTH, "a page cursor is at most 300 characters");
