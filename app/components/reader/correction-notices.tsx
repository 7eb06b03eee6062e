// The corrections of a published article, newest first: when each was recorded and the words it
// changed, as saved with the version (lib/articles/summarize-correction.ts). Nothing more is
// said than the version history holds; the editor's own version note stays in the newsroom.
import type { ArticleCorrections } from "@/lib/articles/schemas";
import { pluralize } from "@/lib/words/phrasing";

export function CorrectionNotices({ corrections, total }: ArticleCorrections) {
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">{total === 1 ? "Correction" : `Corrections (${total})`}</h2>
      <ol className="plain-list">
        {corrections.map((correction) => (
          <li key={correction.version} data-version={correction.version}>
            <p>
              <strong>
                Corrected on <time dateTime={correction.at}>{correction.at.slice(0, 10)}</time>
              </strong>{" "}
              (version {correction.version} of the text).
            </p>
            {correction.title ? (
              <Change was="The title was" before={correction.title.before} after={correction.title.after} />
            ) : null}
            {correction.edits.map((edit, index) => (
              <Change key={index} was="Was" before={edit.before} after={edit.after} />
            ))}
            {correction.more > 0 ? (
              <p className="meta">and {pluralize(correction.more, "other passage", "other passages")} changed.</p>
            ) : null}
          </li>
        ))}
      </ol>
      {total > corrections.length ? (
        <p className="meta">
          {pluralize(total - corrections.length, "earlier correction is", "earlier corrections are")} not listed.
        </p>
      ) : null}
    </section>
  );
}

function Change({ was, before, after }: { was: string; before: string; after: string }) {
  return (
    <p className="correction-change">
      {!before ? (
        <>
          Added: <ins>{after}</ins>
        </>
      ) : !after ? (
        <>
          Removed: <del>{before}</del>
        </>
      ) : (
        <>
          {was}: <del>{before}</del> Now: <ins>{after}</ins>
        </>
      )}
    </p>
  );
}
