// URL slugs for articles: readable, ASCII, stable.
const MAX_SLUG_LENGTH = 80;

export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, "");
  return slug || "article";
}

/**
 * An article's address: its title's slug and a key that only the article's own creation knows
 * ("ministers-meet-k7mq2x9d"). Every new article gets a key, so a title never collides with
 * another workspace's and the address of a draft cannot be guessed from its title.
 */
export function keyedSlug(title: string, key: string): string {
  return `${slugify(title)}-${key}`;
}

/** The first of slug, slug-2, slug-3… not in `taken` (the demo article's fixed address). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
