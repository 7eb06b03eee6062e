// The seed report with every name, title, quote and address made of the characters that break
// exports: accents, the LaTeX specials `& % # $ _ { } ~ ^ \`, curly quotes, an em dash, line
// breaks inside a quote, and URLs with `|` and query strings.
import type { SourcingReport } from "@/lib/export/sourcing-report";
import { buildSeedReport } from "./report-fixture";

export const HARD = {
  title: "Crédit & “Rücker”: 50% — #1 $5 _x {y} ~z ^w \\ back",
  publisher: "L’Écho & Cie {Groupe} 100%",
  articleUrl: "https://news.example/a?b=1&c=2|3",
  outlet: "La Dépêche & Fils {Édition} #2 $5 ~ ^ \\ _x",
  outletUrl: "https://www.ladepeche.fr/?q=a|b&r=^c",
  speaker: "Émile Zoë O’Brien-Müller",
  /** Told by the speaker first-hand: cited as "Remarks to …" (a personal communication). */
  listeners: "reporters of “Le Sud” & Co {Nord} #3 50% ~ ^ \\ _y",
  quote: "“Prices rose 5% & more —\nsaid the {board}, ~ ^ \\ _ #1 $2”",
  evidenceUrl: "https://example.org/report?id=1&x=a|b^c",
};

function renameSource(report: SourcingReport, id: string, name: string): void {
  const old = report.sources.find((source) => source.id === id)!.name;
  for (const source of report.sources) if (source.id === id) source.name = name;
  for (const claim of report.claims) {
    for (const source of claim.graph.sources) if (source.id === id) source.name = name;
    for (const hop of claim.hops) {
      if (hop.fromName === old) hop.fromName = name;
      if (hop.toName === old) hop.toName = name;
    }
    if (claim.speakerName === old) claim.speakerName = name;
  }
}

/** The seed's troops claim (index 3) becomes a direct quote of HARD.quote by HARD.speaker, relayed by HARD.outlet. */
export function buildHardCharactersReport(): SourcingReport {
  const report = buildSeedReport();
  const article = report.articles[0]!;
  article.title = HARD.title;
  article.publisher = HARD.publisher;
  article.url = HARD.articleUrl;
  renameSource(report, "s-macron", HARD.speaker);
  renameSource(report, "s-depeche", HARD.outlet);
  renameSource(report, "s-journalists", HARD.listeners);
  report.sources.find((source) => source.id === "s-depeche")!.url = HARD.outletUrl;
  const troops = report.claims[3]!;
  troops.quote = HARD.quote;
  troops.kind = "DIRECT_QUOTE";
  for (const hop of troops.hops)
    if (hop.fromName === HARD.outlet && hop.evidenceUrl) hop.evidenceUrl = HARD.evidenceUrl;
  return report;
}
