import Link from "next/link";
import type { HopDetail } from "@/lib/sourcing/schemas";
import type { StandingStatus } from "@/lib/vocabulary";
import { ARTICLE_WORDS, describeHand, describeStanding, RELATION_WORDS } from "@/lib/words/display-words";
import { capitalize, formatPercent } from "@/lib/words/phrasing";

/**
 * Every hop of a claim with its evidence, in the order the editor recorded them. `standings`
 * gives a hop the standing of a retracted or corrected source at either end.
 */
export function HopsTable({ hops, standings }: { hops: HopDetail[]; standings: ReadonlyMap<string, StandingStatus> }) {
  const ordered = [...hops].sort((a, b) => a.position - b.position);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1)
    <div className="table-scroll" role="region" aria-labelledby="hops-title" tabIndex={0}>
      <table className="hops">
        <caption id="hops-title">Each hop: who passed the claim to whom, and the evidence for it</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">How</th>
            <th scope="col">Confidence</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((hop) => {
            const effective = standings.get(hop.id) ?? hop.standing;
            const standing = describeStanding(effective);
            return (
              <tr key={hop.id} className={effective === "ACTIVE" ? undefined : `standing-${effective.toLowerCase()}`}>
                <td>
                  <Link href={`/sources/${hop.from.id}`} prefetch={false}>
                    {hop.from.name}
                  </Link>
                </td>
                <td>
                  {hop.to ? (
                    <Link href={`/sources/${hop.to.id}`} prefetch={false}>
                      {hop.to.name}
                    </Link>
                  ) : (
                    ARTICLE_WORDS
                  )}
                </td>
                <td>
                  {RELATION_WORDS[hop.relation]}, {describeHand(hop.firstHand)}
                  {standing ? <span className="standing-badge">{capitalize(standing)}</span> : null}
                </td>
                <td>{formatPercent(hop.confidence)}</td>
                <td>
                  <Evidence hop={hop} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Evidence({ hop }: { hop: HopDetail }) {
  const parts = [
    hop.evidenceQuote ? <q key="quote">{hop.evidenceQuote}</q> : null,
    hop.evidenceNote ? <span key="note">{hop.evidenceNote}</span> : null,
    hop.evidenceUrl ? (
      <a key="url" href={hop.evidenceUrl} rel="noopener noreferrer">
        source
      </a>
    ) : null,
    hop.evidenceArchiveUrl ? (
      <a key="archive" href={hop.evidenceArchiveUrl} rel="noopener noreferrer">
        archived copy
      </a>
    ) : null,
    hop.occurredAt ? (
      <time key="date" dateTime={hop.occurredAt}>
        {hop.occurredAt.slice(0, 10)}
      </time>
    ) : null,
  ].filter(Boolean);
  if (parts.length === 0) return <span className="meta">none recorded</span>;
  return <span className="evidence">{parts}</span>;
}
