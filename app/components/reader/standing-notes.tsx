// A claim's sources that were corrected or retracted, each with what that does to the claim and
// the newsroom's note for readers, so the panel says it where the claim is read, not only on the
// source's own page.
import Link from "next/link";
import type { SourceDetail } from "@/lib/sourcing/schemas";
import { STANDING_EFFECT_WORDS, STANDING_WORDS } from "@/lib/words/display-words";

type Standing = Pick<SourceDetail, "id" | "name" | "standing" | "standingNote">;

/** `sources`: the claim's sources; those in good standing are left out. */
export function StandingNotes({ sources }: { sources: readonly Standing[] }) {
  const marked = sources.filter((source) => source.standing !== "ACTIVE");
  if (marked.length === 0) return null;
  return (
    <ul className="plain-list standing-notes">
      {marked.map((source) =>
        source.standing === "ACTIVE" ? null : (
          <li
            key={source.id}
            className={`standing-note standing-${source.standing.toLowerCase()}`}
            data-standing={source.standing}
          >
            <strong>
              <Link href={`/sources/${source.id}`} prefetch={false}>
                {source.name}
              </Link>{" "}
              was {STANDING_WORDS[source.standing]}.
            </strong>{" "}
            {STANDING_EFFECT_WORDS[source.standing]}
            {source.standingNote ? ` ${source.standingNote}` : ""}
          </li>
        ),
      )}
    </ul>
  );
}
