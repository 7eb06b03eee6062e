// An interview as a CSL-JSON `interview` item: the interviewee (the hop's teller) is its author,
// a person who interviewed is its `interviewer`, and an outlet that interviewed published it
// (its `container-title`). Nothing else is inferred: a journalist's interview names no outlet,
// since no hop records where it appeared.
import type { Interview } from "./cited-interviews";
import { noteReliance, toCslDate, toCslName } from "./csl-fields";
import type { CslItem } from "./csl-items";

/** `key`: the item's citation key, unique in its section. */
export function citeInterview(interview: Interview, key: string, articleTitle: string | null): CslItem {
  const { interviewee, interviewer } = interview;
  const item: CslItem = {
    id: `interview-${interview.key}`,
    "citation-key": key,
    type: "interview",
    title: `Interview with ${interviewee.name}`,
    author: [toCslName(interviewee)],
  };
  if (interviewer.type === "PERSON") item.interviewer = [toCslName(interviewer)];
  if (interviewer.type === "OUTLET") {
    item["container-title"] = interviewer.name;
    item.publisher = interviewer.name;
  }
  const issued = toCslDate(interview.issued);
  if (issued) item.issued = issued;
  if (interview.url) item.URL = interview.url;
  const accessed = toCslDate(interview.capturedAt);
  if (accessed) item.accessed = accessed;
  if (interview.archiveUrl && interview.archiveUrl !== interview.url) item.archive_location = interview.archiveUrl;
  item.note = noteReliance(interview.standing, interview.claims, articleTitle);
  return item;
}
