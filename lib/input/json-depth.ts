// How deeply a JSON text nests, measured before parsing: JSON.parse of megabytes of "[" holds
// the event loop for seconds, while no input of ours nests more than a handful of levels.

/** Nesting levels a request body may have; the deepest input we take (an annotation file) needs 6. */
export const MAX_JSON_DEPTH = 32;

/**
 * True when `text` opens more than `limit` arrays or objects inside one another. One pass over
 * the characters, skipping string contents (escaped quotes included); stops at the first excess.
 */
export function exceedsJsonDepth(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}
