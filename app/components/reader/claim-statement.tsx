// A claim's words as its speaker's statement (lib/words/claim-statement.ts): in quotation marks
// only when they are a direct quote; a paraphrase as reported speech; a denial as a denial.
import { type StatableClaim, stateClaim } from "@/lib/words/claim-statement";

export function ClaimStatement({ claim }: { claim: StatableClaim }) {
  const statement = stateClaim(claim);
  return (
    <>
      {statement.lead ? <strong>{`${statement.lead} `}</strong> : null}
      <span className={statement.quoted ? "claim-words quoted" : "claim-words reported"}>{statement.words}</span>
      {statement.end}
    </>
  );
}
