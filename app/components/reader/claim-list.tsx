// Every claim in reading order, each with its sourcing: the panel a highlight in the text links
// to (sourcing-panel.tsx). The whole picture without JavaScript and without opening anything.
import { markOfEachClaim } from "@/lib/articles/split-into-segments";
import type { PageClaim } from "./page-claim";
import { SourcingPanel } from "./sourcing-panel";

export function ClaimList({ body, claims }: { body: string; claims: PageClaim[] }) {
  const marks = markOfEachClaim(body, claims);
  const numberById = new Map(claims.map((claim, index) => [claim.id, index + 1]));
  const markOf = (id: string) => {
    const mark = marks.get(id);
    return mark ? { id: mark, number: numberById.get(mark)! } : null;
  };
  return (
    <section aria-labelledby="claims-title">
      <h2 id="claims-title">Every claim, in reading order</h2>
      <ol className="claims">
        {claims.map((claim, index) => (
          <SourcingPanel key={claim.id} claim={claim} number={index + 1} body={body} mark={markOf(claim.id)} />
        ))}
      </ol>
    </section>
  );
}
