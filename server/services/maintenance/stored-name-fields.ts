// The stored names and titles that today's name rule (lib/input/name-text.ts) covers, as
// `claimtrail clean-names` scans them: each table's key columns, the SQL naming a row's workspace,
// and for a name with a uniqueness key (a source's normalized name, a term's key) how that key is
// computed and which rows it must not match.
import { termKey } from "@/lib/review/schemas";
import { normalizeSourceName } from "@/lib/sources/normalize-source-name";

export type StoredNameField = {
  table: string;
  column: string;
  /** Key columns (uuid), in order; a row's id is their values joined with "/". */
  keys: readonly string[];
  /** SQL giving the row's workspace id as text, or NULL. */
  workspace: string;
  /** The column keyed on the name, its value for a name, and the SQL (alias `o`, `$1` the row's id) of the rows it must differ from. */
  unique?: { column: string; of: (name: string) => string; siblings: string };
};

export const STORED_NAME_FIELDS: readonly StoredNameField[] = [
  { table: "workspace", column: "name", keys: ["id"], workspace: "id::text" },
  { table: "app_user", column: "name", keys: ["id"], workspace: "NULL" },
  { table: "api_token", column: "name", keys: ["id"], workspace: "workspace_id::text" },
  { table: "article", column: "title", keys: ["id"], workspace: "workspace_id::text" },
  { table: "article", column: "publisher", keys: ["id"], workspace: "workspace_id::text" },
  {
    table: "article_version",
    column: "title",
    keys: ["id"],
    workspace: "(SELECT a.workspace_id::text FROM article a WHERE a.id = article_version.article_id)",
  },
  {
    table: "source",
    column: "name",
    keys: ["id"],
    workspace: "workspace_id::text",
    unique: {
      column: "normalized_name",
      of: normalizeSourceName,
      siblings: "o.workspace_id = (SELECT workspace_id FROM source WHERE id = $1::uuid)",
    },
  },
  {
    table: "source_alias",
    column: "name",
    keys: ["id"],
    workspace: "(SELECT s.workspace_id::text FROM source s WHERE s.id = source_alias.source_id)",
    unique: {
      column: "normalized_name",
      of: normalizeSourceName,
      siblings: "o.source_id = (SELECT source_id FROM source_alias WHERE id = $1::uuid)",
    },
  },
  {
    table: "claim_named_source",
    column: "mentioned_as",
    keys: ["claim_id", "source_id"],
    workspace:
      "(SELECT a.workspace_id::text FROM claim c JOIN article a ON a.id = c.article_id WHERE c.id = claim_named_source.claim_id)",
  },
  {
    table: "workspace_term",
    column: "label",
    keys: ["id"],
    workspace: "workspace_id::text",
    unique: {
      column: "term",
      of: termKey,
      siblings: "(o.workspace_id, o.kind) = (SELECT workspace_id, kind FROM workspace_term WHERE id = $1::uuid)",
    },
  },
];
