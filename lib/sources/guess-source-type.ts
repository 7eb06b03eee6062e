// A first guess at a source's type from its name, for imports that do not say. Editors can
// change it; an explicit type in the import always wins. A name no rule recognises is UNKNOWN
// (not recorded), never a person: a bare name can as well be a company or a place.
import type { SourceType } from "../vocabulary";
import { normalizeSourceName } from "./normalize-source-name";

const RULES: Array<[RegExp, SourceType]> = [
  [/\b(recording|video|audio|footage|tape|transcript|podcast)\b/, "RECORDING"],
  [/\b(dataset|data set|database|statistics|figures|census)\b/, "DATASET"],
  [/\b(statement|press release|communique|note|memo|readout)\b/, "OFFICIAL_STATEMENT"],
  [/\b(report|study|document|filing|letter|court|ruling|paper|survey)\b/, "DOCUMENT"],
  [/\b(interview|conversation|briefing|press conference|meeting|summit|call|hearing|speech|rally)\b/, "EVENT"],
  [
    /\b(journalists|reporters|officials|people|sources|residents|witnesses|diplomats|analysts|aides|members)\b/,
    "GROUP",
  ],
  [
    /\b(times|post|journal|gazette|herald|tribune|news|press|daily|telegraph|guardian|reuters|afp|ap|bbc|cnn|nbc|abc|cbs|npr|bloomberg|politico|axios|monde|figaro|parisien|depeche|liberation|spiegel|zeitung|pais|corriere|repubblica|agency|newspaper|magazine|radio|tv|television|channel|wire)\b/,
    "OUTLET",
  ],
  [
    /\b(office|ministry|government|department|council|commission|agency|police|army|military|party|company|inc|ltd|corp|group|union|university|hospital|institute|organization|organisation|foundation|court|senate|parliament|congress|kremlin|elysee|white house|un|nato|eu)\b/,
    "ORGANIZATION",
  ],
];

export function guessSourceType(name: string): SourceType {
  const normalized = normalizeSourceName(name);
  for (const [pattern, type] of RULES) if (pattern.test(normalized)) return type;
  return "UNKNOWN";
}
