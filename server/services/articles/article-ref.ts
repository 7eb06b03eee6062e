// How an article named by a person or a script (an id, or a slug) is found: the one lookup the
// pages, the CLI and the CMS webhook share, and how a new article's slug is made. Who may read
// or change it is decided elsewhere (find-article.ts for readers, the procedure builders for
// writers).
//
// A slug is the title's words and a random key ("ministers-meet-k7mq2x9d"): unique by
// construction, so creating an article never reveals whether another workspace has a draft of
// that title (a "-2" would), and a draft's public address cannot be guessed from its title.
import { randomBytes } from "node:crypto";
import { parseArticleRef } from "@/lib/articles/parse-article-ref";
import type { ArticleRef } from "@/lib/articles/schemas";
import { keyedSlug } from "@/lib/articles/slugify";
import type { Db } from "@/server/database/open-database";

/** The unique-key condition for an article reference. */
export function articleWhere(ref: ArticleRef): { id: string } | { slug: string } {
  return ref.id ? { id: ref.id } : { slug: ref.slug! };
}

/** The id of the article a string names (a UUID is an id, anything else a slug), or null. */
export async function findArticleId(db: Db, reference: string): Promise<string | null> {
  const article = await db.article.findUnique({
    where: articleWhere(parseArticleRef(reference)),
    select: { id: true },
  });
  return article?.id ?? null;
}

// 32 letters and digits that cannot be mistaken for one another (no l, o, 0, 1).
const KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
const KEY_LENGTH = 8;

/** A new article's slug: its title's words and 40 random bits, e.g. "ministers-meet-k7mq2x9d". */
export function newArticleSlug(title: string): string {
  const key = Array.from(randomBytes(KEY_LENGTH), (byte) => KEY_ALPHABET[byte % KEY_ALPHABET.length]).join("");
  return keyedSlug(title, key);
}
