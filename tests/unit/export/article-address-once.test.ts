// Each export names the article's address (and its Claimtrail page) once for one claim: a
// Markdown report wrote "[address](address)", which lists the address twice in the file.
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { ExportFormat, formatReport } from "@/lib/export/formats";
import { linkMarkdownAddress } from "@/lib/export/markup-escape";
import type { SourcingReport } from "@/lib/export/sourcing-report";
import { buildSeedReport } from "@/tests/support/report-fixture";

const ADDRESS = "https://news.example.com/2025/03/coalition-story";

function oneClaimWithAddress(): SourcingReport {
  const seed = buildSeedReport();
  return { ...seed, articles: [{ ...seed.articles[0]!, url: ADDRESS }], claims: seed.claims.slice(0, 1) };
}

const count = (text: string, part: string) => text.split(part).length - 1;
const visibleHtmlText = (html: string) => html.replace(/<[^>]*>/g, " ");

describe("the article's address in exports", () => {
  it("is listed once in every text format for one claim (HTML: once in what a reader sees)", () => {
    const report = oneClaimWithAddress();
    for (const format of ExportFormat.options.filter((id) => id !== "pdf")) {
      const out = formatReport(report, format);
      expect(count(format === "html" ? visibleHtmlText(out) : out, ADDRESS), format).toBe(1);
    }
  });

  it("lists the article's address, its Claimtrail page and the claim's page once each in Markdown, as links", () => {
    const report = oneClaimWithAddress();
    const claimPage = "https://claimtrail.example.org/claims/c1";
    report.claims = [{ ...report.claims[0]!, publicUrl: claimPage }];
    const markdown = formatReport(report, "md");
    const publicPage = report.articles[0]!.publicUrl!;
    expect(markdown).toContain(`- URL: <${ADDRESS}>\n`);
    expect(markdown).toContain(`- Claimtrail page: <${publicPage}>\n`);
    expect(markdown).toContain(`- Claim page: <${claimPage}>\n`);
    for (const address of [ADDRESS, publicPage, claimPage]) expect(count(markdown, address), address).toBe(1);
    const html = new MarkdownIt().render(markdown);
    for (const address of [ADDRESS, publicPage, claimPage]) {
      expect(html, address).toContain(`<a href="${address}">${address}</a>`);
    }
  });

  it("shows an address that is not http(s) as text, never as a link", () => {
    expect(linkMarkdownAddress("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(new MarkdownIt().renderInline(linkMarkdownAddress("javascript:alert(1)"))).not.toContain("<a");
    expect(linkMarkdownAddress("https://example.org/a b<c>")).toBe("<https://example.org/a%20b%3Cc%3E>");
  });
});
