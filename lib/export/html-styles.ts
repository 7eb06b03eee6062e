// The embedded stylesheet of the HTML report, written for screen and for chromium's PDF
// printing: @page margin boxes (chromium ≥ 131) number the pages. Claims flow one after another and
// may continue on the next page; what must be read whole (the words, the facts, the diagram) never splits.
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm;
  @bottom-left { content: "Claimtrail sourcing report"; font: 8pt system-ui, sans-serif; color: #666; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #666; } }
:root { color-scheme: light; --ink: #1b1f24; --muted: #5b6570; --line: #d6dbe1; --accent: #2456a6; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 10.5pt/1.45 Georgia, "Noto Serif", "DejaVu Serif", serif; color: var(--ink); }
h1, h2, h3, .meta, dl, figcaption, table, .steps, .bibliography { font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 0.95rem; margin: 0 0 0.4rem; color: var(--muted); }
.meta { color: var(--muted); font-size: 0.85rem; margin: 0; }
a { color: var(--accent); overflow-wrap: anywhere; }
.article + .article { break-before: page; page-break-before: always; }
.claims { list-style: none; padding: 0; margin: 0; }
.claim { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 0.9rem; margin: 0 0 0.8rem; }
.claim h3, .claim blockquote, .claim .claim-words { break-after: avoid; page-break-after: avoid; }
.claim blockquote, .claim .claim-words, dl.facts, figure.chain, .steps li { break-inside: avoid; page-break-inside: avoid; }
blockquote { margin: 0 0 0.5rem; padding-left: 0.7rem; border-left: 3px solid var(--accent); font-size: 1.05rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; margin: 0.4rem 0; font-size: 0.85rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.rating { display: inline-block; padding: 0 0.4rem; border-radius: 3px; background: #eef2f8; font-weight: 600; }
.rating-1, .rating-2 { background: #fbeaea; } .rating-4, .rating-5 { background: #e8f5ec; }
figure.chain { margin: 0.5rem 0; overflow-x: auto; }
figcaption { font-size: 0.8rem; color: var(--muted); }
.chain-diagram { max-width: 100%; height: auto; display: block; }
.chain-diagram .edge { fill: none; stroke: #7a8591; }
.chain-diagram .edge.second-hand { stroke-dasharray: 5 4; }
.chain-diagram marker path { fill: #7a8591; }
.chain-diagram rect { fill: #f4f6f9; stroke: #9aa5b1; }
.chain-diagram .node-person rect { fill: #eef4ff; } .chain-diagram .node-outlet rect { fill: #fff6e5; }
.chain-diagram .node-article rect { fill: #1b1f24; stroke: #1b1f24; } .chain-diagram .node-article text { fill: #fff; }
.chain-diagram .standing-retracted rect { fill: #fbeaea; stroke: #b42318; stroke-dasharray: 4 3; stroke-width: 2; }
.chain-diagram .standing-corrected rect { fill: #fff4e0; stroke: #b54708; stroke-dasharray: 4 3; stroke-width: 2; }
.chain-diagram .edge.standing-retracted { stroke: #b42318; } .chain-diagram .edge.standing-corrected { stroke: #b54708; }
.chain-diagram text { font: 11px system-ui, "Noto Sans", "DejaVu Sans", sans-serif; text-anchor: middle; dominant-baseline: central; fill: var(--ink); }
.steps { font-size: 0.8rem; margin: 0.3rem 0; padding-left: 1.1rem; }
.summary { margin: 0.4rem 0 0; font-style: italic; }
table.sources { width: 100%; border-collapse: collapse; font-size: 0.85rem; }
table.sources th, table.sources td { text-align: left; border-bottom: 1px solid var(--line); padding: 0.25rem 0.4rem; vertical-align: top; }
.bibliography .csl-entry { padding-left: 2em; text-indent: -2em; margin-bottom: 0.35rem; font-size: 0.9rem; }
footer.print-footer { margin-top: 2rem; color: var(--muted); font-size: 0.8rem; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; } figure.chain { overflow: visible; } }
`;
