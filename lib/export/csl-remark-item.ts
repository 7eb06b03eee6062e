// A remark (cited-remarks.ts) as a CSL-JSON `personal_communication` item: the teller is its
// author, the people told its `recipient`, and its title says only what was recorded ("Remarks
// to journalists from regional French newspapers"): no event, place or date is added. APA's
// reading of the type fits: a communication readers cannot retrieve. Neither `speech` (a formal
// address) nor `document` or a recording: nothing recorded says the remark was either.

import type { Remark } from "./cited-remarks";
import { noteReliance, toCslDate, toCslName } from "./csl-fields";
import type { CslItem } from "./csl-items";

/** `key`: the item's citation key, unique in its section. */
export function citeRemark(remark: Remark, key: string, articleTitle: string | null): CslItem {
  const { teller, receiver } = remark;
  const item: CslItem = {
    id: `remark-${remark.key}`,
    "citation-key": key,
    type: "personal_communication",
    title: `Remarks to ${receiver.name}`,
    author: [toCslName(teller)],
  };
  // An event is where the remark was made, not who received it: it stays in the title only.
  if (receiver.type !== "EVENT") item.recipient = [toCslName(receiver)];
  const issued = toCslDate(remark.issued);
  if (issued) item.issued = issued;
  if (remark.url) item.URL = remark.url;
  const accessed = toCslDate(remark.capturedAt);
  if (accessed) item.accessed = accessed;
  if (remark.archiveUrl && remark.archiveUrl !== remark.url) item.archive_location = remark.archiveUrl;
  const reliance = noteReliance(remark.standing, remark.claims, articleTitle);
  item.note = remark.noRecord ? `No record of it is known. ${reliance}` : reliance;
  return item;
}
