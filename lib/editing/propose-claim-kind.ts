// The kind a new claim's form proposes for the words selected: "direct quote" only when the
// text itself marks them as the speaker's words, i.e. the selection is exactly enclosed by a
// matching pair of quotation marks (just inside or just outside them). Anything else proposes a
// paraphrase, which states less. The editor can always change it.
import type { ClaimKind } from "../vocabulary";

const CLOSER: Record<string, string> = { "“": "”", '"': '"', "«": "»", "„": "“", "‘": "’" };

function encloses(open: string | undefined, close: string | undefined): boolean {
  return open !== undefined && CLOSER[open] !== undefined && close === CLOSER[open];
}

/**
 * `body` and UTF-16 offsets `start`..`end` (end exclusive) of the selection. DIRECT_QUOTE when
 * `body[start - 1]` and `body[end]` are a matching pair of quotation marks, or the selection
 * itself opens and closes with one and holds no other closing mark; else PARAPHRASE.
 */
export function proposeClaimKind(body: string, start: number, end: number): ClaimKind {
  if (end <= start) return "PARAPHRASE";
  if (encloses(body[start - 1], body[end])) return "DIRECT_QUOTE";
  const open = body[start];
  const close = body[end - 1];
  if (end - start >= 3 && encloses(open, close) && !body.slice(start + 1, end - 1).includes(close!)) {
    return "DIRECT_QUOTE";
  }
  return "PARAPHRASE";
}
