// An article named by a person or a script: a UUID is an id, anything else a slug.
import type { ArticleRef } from "./schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseArticleRef(value: string): ArticleRef {
  return UUID.test(value) ? { id: value } : { slug: value };
}
