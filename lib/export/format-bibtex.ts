// BibTeX of the report's citable sources. citation-js chooses entry types, fields and keys; the
// text of titles and names is escaped here, because @citation-js/plugin-bibtex 0.8.2 writes
// single-part names ({literal} authors such as "Macron's office (Élysée)") without any escaping,
// so "&", "%", "{" or "}" in a name break the file, and it drops every character it has no LaTeX
// command for, so Cyrillic or CJK names vanish. Each text value is swapped for a plain token
// before citation-js runs and the token replaced by our escaped text afterwards.
import { createCite, readBibtexConstants } from "./citation";
import { buildCitationItems } from "./citation-items";
import type { CslItem } from "./csl-items";
import type { CslName } from "./csl-person-name";
import { formatInSections, type SectionedFormat } from "./report-sections";
import type { SourcingReport } from "./sourcing-report";

const PLAIN = /^[A-Za-z0-9 !"'()*+,\-./:;=?@[\]]$/;
const MARK = /\p{M}/u;
const TOKEN = /zzctx(\d{6})zz/g;

let symbols: Map<string, string> | undefined;
let accents: Map<string, string> | undefined;

function loadTables(): { symbols: Map<string, string>; accents: Map<string, string> } {
  if (!symbols || !accents) {
    const constants = readBibtexConstants();
    symbols = new Map();
    accents = new Map();
    for (const [command, char] of Object.entries(constants.commands)) {
      if (char && !symbols.has(char)) symbols.set(char, `{\\${command}}`);
    }
    for (const [ligature, char] of Object.entries(constants.ligatures)) symbols.set(char, ligature);
    for (const char of "&%#") symbols.set(char, `\\${char}`);
    for (const [command, mark] of Object.entries(constants.diacritics)) accents.set(mark, command);
  }
  return { symbols, accents };
}

function applyAccents(base: string, marks: string[], accentCommands: Map<string, string>): string | null {
  let text = base;
  for (const mark of marks) {
    const command = accentCommands.get(mark);
    if (!command) return null;
    text = /^[A-Za-z]$/.test(command) ? `{\\${command} ${text}}` : `{\\${command}${text}}`;
  }
  return text;
}

/** Text as BibTeX/LaTeX: specials and accents as commands; characters LaTeX has no command for stay UTF-8. */
function escapeLatex(text: string): string {
  const { symbols: symbolCommands, accents: accentCommands } = loadTables();
  const chars = Array.from(text.replace(/\s+/g, " ").normalize("NFD"));
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const base = chars[i]!;
    const marks: string[] = [];
    while (i + 1 < chars.length && MARK.test(chars[i + 1]!)) marks.push(chars[++i]!);
    const escapedBase = PLAIN.test(base) ? base : symbolCommands.get(base);
    const accented =
      escapedBase !== undefined && marks.length > 0 ? applyAccents(escapedBase, marks, accentCommands) : null;
    if (accented) out += accented;
    else if (escapedBase !== undefined && marks.length === 0) out += escapedBase;
    else out += (base + marks.join("")).normalize("NFC");
  }
  return out;
}

function protectUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (char) => encodeURIComponent(char));
}

function tokenize(items: CslItem[]): { items: CslItem[]; texts: string[] } {
  const texts: string[] = [];
  const token = (latex: string) => `zzctx${String(texts.push(latex) - 1).padStart(6, "0")}zz`;
  const part = (value: string) => token(/,| and /.test(value) ? `{${escapeLatex(value)}}` : escapeLatex(value));
  const tokenizeName = (name: CslName): CslName =>
    "literal" in name
      ? { family: token(escapeLatex(name.literal)) }
      : { family: part(name.family), ...(name.given ? { given: part(name.given) } : {}) };
  const tokenized = items.map((item) => ({
    ...item,
    // Double braces keep a title's capitals in styles that lower-case titles.
    title: token(`{${escapeLatex(item.title)}}`),
    ...(item["container-title"] ? { "container-title": token(escapeLatex(item["container-title"])) } : {}),
    ...(item.publisher ? { publisher: token(escapeLatex(item.publisher)) } : {}),
    ...(item.author ? { author: item.author.map(tokenizeName) } : {}),
    ...(item.URL ? { URL: protectUrl(item.URL) } : {}),
  }));
  return { items: tokenized, texts };
}

function formatBibtexItems(items: CslItem[]): string {
  if (items.length === 0) return "";
  const { items: tokenized, texts } = tokenize(items);
  const output = String(createCite(tokenized).format("bibtex"));
  return `${output.replace(TOKEN, (_match, index: string) => texts[Number(index)] ?? "").trimEnd()}\n`;
}

/** Entry by entry, article by article; a blank line between entries. */
export const BIBTEX_SECTIONS: SectionedFormat = {
  open: () => "",
  section: (part, place) => formatBibtexItems(buildCitationItems(part, place)),
  separator: "\n",
  close: () => "",
};

export function formatBibtex(report: SourcingReport): string {
  return formatInSections(BIBTEX_SECTIONS, report);
}
