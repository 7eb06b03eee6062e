// One spelling per source: "La Dépêche du Midi", "la depeche du midi" and "La Dépêche du Midi."
// are the same outlet. Used for the per-workspace uniqueness of sources.
export function normalizeSourceName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The name without a trailing parenthetical: "Macron's office (Élysée)" → "Macron's office". */
export function stripParenthetical(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, "").trim();
}
