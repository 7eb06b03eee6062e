// The options of every "type of source" select, in the vocabulary's order and words.
import { SourceType } from "@/lib/vocabulary";
import { SOURCE_TYPE_WORDS } from "@/lib/words/display-words";

export function SourceTypeOptions() {
  return SourceType.options.map((type) => (
    <option key={type} value={type}>
      {SOURCE_TYPE_WORDS[type]}
    </option>
  ));
}
