// `npx claimtrail <command>`: the project's command line, on the same database and procedures
// as the app (embedded PGlite in ./data, or DATABASE_URL). Each command other than the reading
// ones loads its module when it runs: extraction, export formats and import pull in large
// libraries (an NLP model, citation formats, RDF) that `claimtrail articles` has no use for.
import { Command } from "commander";
import { parseArticleRef } from "@/lib/articles/parse-article-ref";
import { AppError } from "@/lib/errors";
import { escapeControlCharacters } from "@/lib/input/terminal-text";
import { toSourcingJson } from "@/lib/sourcing/to-sourcing-json";
import { stateClaim } from "@/lib/words/claim-statement";
import { runCommand } from "@/server/cli/run-command";
import { openSourcingReader } from "@/server/cli/sourcing-reader";

type ExportArgs = Parameters<typeof import("@/server/cli/export-command").exportCommand>;
type ExtractArgs = Parameters<typeof import("@/server/cli/extract-command").extractCommand>;
type ImportArgs = Parameters<typeof import("@/server/cli/import-command").importCommand>;
type ReviseArgs = Parameters<typeof import("@/server/cli/revise-command").reviseCommand>;
type OutboxArgs = Parameters<typeof import("@/server/cli/outbox-command").outboxCommand>;
type CleanNamesArgs = Parameters<typeof import("@/server/cli/clean-names-command").cleanNamesCommand>;

const SERVER_HELP =
  "the running app to go through when it holds the embedded database (default: the address it recorded, else http://localhost:3000)";
const program = new Command("claimtrail").description("Claim-and-source provenance for newsrooms").showHelpAfterError();

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

program
  .command("articles")
  .description("list published articles")
  .option("--json", "print JSON")
  .option("--server <url>", SERVER_HELP)
  .action(
    runCommand(async (options: { json?: boolean; server?: string }) => {
      const reader = await openSourcingReader(options.server, { brief: true });
      const articles = (await reader.listArticles()).map(({ id, slug, title, status }) => ({
        id,
        slug,
        title,
        status,
      }));
      if (options.json) return printJson(articles);
      for (const article of articles)
        process.stdout.write(`${article.slug}\t${article.status}\t${escapeControlCharacters(article.title)}\n`);
    }),
  );

program
  .command("sourcing")
  .description("every claim of an article with how indirect its sourcing is")
  .argument("<article>", "article id or slug")
  .option("--json", "print JSON")
  .option("--server <url>", SERVER_HELP)
  .action(
    runCommand(async (article: string, options: { json?: boolean; server?: string }) => {
      const reader = await openSourcingReader(options.server, { brief: true });
      const sourcing = toSourcingJson(await reader.articleSourcing(parseArticleRef(article)));
      if (options.json) return printJson(sourcing);
      process.stdout.write(`${escapeControlCharacters(sourcing.article.title)}\n\n`);
      // Each claim as its speaker's statement: quotation marks only around a direct quote.
      for (const claim of sourcing.claims) {
        const statement = stateClaim({ ...claim, speakerName: claim.speaker }).text;
        process.stdout.write(`- ${escapeControlCharacters(statement)}\n  ${escapeControlCharacters(claim.summary)}\n`);
      }
    }),
  );

program
  .command("impact")
  .description("what correcting or retracting a source would do to every claim of its workspace (changes nothing)")
  .requiredOption("--source <id>", "source id")
  .option("--standing <standing>", "corrected or retracted", "retracted")
  .option("--json", "print JSON")
  .action(
    runCommand(async (options: { source: string; standing: string; json?: boolean }) => {
      const standing = options.standing.toUpperCase();
      if (standing !== "CORRECTED" && standing !== "RETRACTED")
        throw new AppError("INVALID", "--standing must be corrected or retracted");
      const [{ getAppDatabase }, { previewImpact }] = await Promise.all([
        import("@/server/app-database"),
        import("@/server/services/sourcing/preview-impact"),
      ]);
      const { db } = await getAppDatabase();
      const impacts = await previewImpact(db, { sourceId: options.source }, standing);
      if (options.json) return printJson(impacts);
      for (const impact of impacts.filter((entry) => entry.effect !== "untouched")) {
        process.stdout.write(
          `${impact.effect}\t${impact.article.slug}\t${escapeControlCharacters(impact.statement)}\n`,
        );
      }
    }),
  );

program
  .command("export")
  .description("a citation report of an article, selected claims or a whole workspace")
  .option("--article <article>", "article id or slug")
  .option("--claims <ids>", "comma-separated claim ids")
  .option("--workspace <slug>", "every claim of a workspace (CSV streams)")
  .requiredOption(
    "--format <format>",
    "csl|bibtex|ris|csv|claimreview|prov-ttl|prov-jsonld|md|html|pdf|w3c (Web Annotations of one article)|annotations (JSON Lines that claimtrail import reads back)",
  )
  .option("--out <file>", "write to a file instead of stdout")
  .option("--bom", "CSV: start with a UTF-8 byte-order mark for Excel")
  .option("--server <url>", `${SERVER_HELP}; published claims only, as a reader sees them`)
  .action(
    runCommand(async (...args: ExportArgs) => (await import("@/server/cli/export-command")).exportCommand(...args)),
  );

program
  .command("extract")
  .description("suggest claims in article files: spans, speakers, cues, direct or indirect (no database)")
  .argument("<paths...>", "article files (.txt; a leading URL:/TITLE: header is skipped) or folders of them")
  .option(
    "--json",
    "print JSON: { claims: [ { start, end, text, kind, speaker, cue, indirect, sources, chain } ] } for one file; one line { file, claims } per file for several files or a folder",
  )
  .option("--outlet <name>", 'the outlet that published the articles ("told <outlet>" is then first-hand)')
  .action(
    runCommand(async (...args: ExtractArgs) => (await import("@/server/cli/extract-command")).extractCommand(...args)),
  );

program
  .command("import")
  .description(
    "import articles and their claims from annotation files (docs/ANNOTATION-FORMAT.md): one file, a folder of them, or a .jsonl file of one per line",
  )
  .argument("<annotation>", "the annotation file (.json), a folder of .json files, or a .jsonl file")
  .option("--body <file>", "the article's text (.txt, .md or .html) when the file has no article.body")
  .option("--title <title>", "the article's title (overrides the file's)")
  .option("--workspace <slug>", "the workspace (default: the first one); an unknown slug is refused")
  .option("--create-workspace", "create the --workspace slug when no workspace has it")
  .option(
    "--owner <email>",
    "the account the import is recorded as (an editor of the workspace, or its owner if created)",
  )
  .option("--publish", "publish the article and its claims (default: drafts)")
  .option(
    "--json",
    'print JSON: { "articles": [ { "id", "slug", "claims" } ] } (and "refused": [ { "file", "reason" } ])',
  )
  .action(
    runCommand(async (...args: ImportArgs) => (await import("@/server/cli/import-command")).importCommand(...args)),
  );

program
  .command("revise")
  .description("store a new version of an article's body and re-anchor its claims (a correction from the CMS)")
  .argument("<article>", "article id or slug")
  .requiredOption("--body-file <file>", "the new body (.txt; .md and .html are reduced to text)")
  .option("--title <title>", "a new title")
  .option("--note <note>", "what changed, for the version history")
  .option(
    "--json",
    "print JSON: { article: {…, version}, claims: [ { id, quote, statement, status, start, end, text } ] }",
  )
  .option("--server <url>", `${SERVER_HELP}; set CLAIMTRAIL_API_TOKEN to an editor's API token`)
  .action(
    runCommand(async (...args: ReviseArgs) => (await import("@/server/cli/revise-command")).reviseCommand(...args)),
  );

program
  .command("outbox")
  .description("show the mail kept in the outbox (when CLAIMTRAIL_SMTP_URL is not set), newest first")
  .option("--limit <n>", "how many mails (default 20)")
  .option("--json", 'print JSON: [ { "to", "subject", "text", "sentAt" } ]')
  .action(
    runCommand(async (...args: OutboxArgs) => (await import("@/server/cli/outbox-command")).outboxCommand(...args)),
  );

program
  .command("clean-names")
  .description(
    "list stored names and titles that today's name rule would normalise or refuse (control, invisible and bidi characters, mixed scripts); --apply cleans what it can, each change audited",
  )
  .option(
    "--apply",
    "clean them: each run of control characters becomes one space, invisible characters are dropped, NFKC applied; the rest is left for a person",
  )
  .option(
    "--json",
    'print JSON: [ { "table", "column", "id", "workspaceId", "value", "cleaned", "refused", "outcome", "why"? } ]',
  )
  .action(
    runCommand(async (...args: CleanNamesArgs) =>
      (await import("@/server/cli/clean-names-command")).cleanNamesCommand(...args),
    ),
  );

program
  .command("migrate")
  .description("apply database migrations (every other command does this too) and load the demo once")
  .action(
    runCommand(async () => {
      const database = await (await import("@/server/app-database")).getAppDatabase();
      process.stdout.write(`database ready (${database.engine})\n`);
    }),
  );

// Not awaited at the top level: the bundle is CommonJS (scripts/build-cli.mjs), which has none.
// A rejection still ends the process with its error, as an unhandled one does.
void program.parseAsync(process.argv);
