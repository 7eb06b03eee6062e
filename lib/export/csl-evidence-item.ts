// A hop's evidence that no work, interview or remark cites (cited-hop-evidence.ts) as a CSL-JSON
// `document`: what the address holds (a post, a video, a page) and who made it were not recorded,
// so it has no author and no narrower type; its title names the step it is evidence of
// ("Evidence: Ann Jones confirmed by Bob Smith"), its date, address, archive copy and access date
// are only what the hops recorded, and its note flags its standing and the claims relying on it.
import { RELATION_WORDS } from "../words/display-words";
import type { HopEvidence } from "./cited-hop-evidence";
import { noteReliance, toCslDate } from "./csl-fields";
import type { CslItem } from "./csl-items";

/** `key`: the item's citation key, unique in its section. */
export function citeHopEvidence(evidence: HopEvidence, key: string, articleTitle: string | null): CslItem {
  const receiver = evidence.receiver?.name ?? `the article “${evidence.articleTitle}”`;
  const item: CslItem = {
    id: evidence.key,
    "citation-key": key,
    type: "document",
    title: `Evidence: ${evidence.teller.name} ${RELATION_WORDS[evidence.relation]} ${receiver}`,
  };
  const issued = toCslDate(evidence.issued);
  if (issued) item.issued = issued;
  item.URL = evidence.url;
  const accessed = toCslDate(evidence.capturedAt);
  if (accessed) item.accessed = accessed;
  if (evidence.archiveUrl && evidence.archiveUrl !== evidence.url) item.archive_location = evidence.archiveUrl;
  item.note = noteReliance(evidence.standing, evidence.claims, articleTitle);
  return item;
}
