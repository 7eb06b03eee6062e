import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/articles/html-to-text";
import { findMarkdownTitle } from "@/lib/articles/markdown-title";
import { markdownToText } from "@/lib/articles/markdown-to-text";
import { normalizeForMatch } from "@/lib/claims/match-view";

describe("HTML uploads reduced to text", () => {
  it("decodes named and numeric entities", () => {
    expect(htmlToText("<p>Le pr&eacute;sident a dit &laquo;&nbsp;non&nbsp;&raquo; &#8212; &#x2014; &amp;</p>")).toBe(
      "Le président a dit «\u00a0non\u00a0» — — &",
    );
  });

  it("reads a > inside a quoted attribute as part of the attribute", () => {
    expect(htmlToText("<p title=\"a > b\">Ministers met.</p><p data-x='<b>'>They agreed.</p>")).toBe(
      "Ministers met.\n\nThey agreed.",
    );
  });

  it("turns <br> into a line break and blocks into paragraphs, and drops scripts, styles and comments whole", () => {
    expect(
      htmlToText(
        "<h1>Title</h1><!-- note --><p>Workers were hurt<br>in the blast.</p><script>alert(1)</script><style>p{}</style><ul><li>one</li><li>two</li></ul>",
      ),
    ).toBe("Title\n\nWorkers were hurt\nin the blast.\n\none\n\ntwo");
  });

  it("keeps NBSP, which the anchoring's normalised view reads as a space", () => {
    const text = htmlToText("<p>It cost 3,500&nbsp;jobs.</p>");
    expect(text).toBe("It cost 3,500\u00a0jobs.");
    expect(normalizeForMatch(text)).toBe("It cost 3,500 jobs.");
  });

  it("survives stray and unclosed markup", () => {
    expect(htmlToText("a < b and <p>c <b>d")).toBe("a < b and\nc d");
    expect(htmlToText("<".repeat(1000))).toBe("<".repeat(1000));
  });
});

describe("Markdown uploads reduced to text", () => {
  it("leaves out the opening level-1 heading, the title, and keeps later headings' words on their own line (issue 15)", () => {
    expect(markdownToText("# Budget talks stall\n\nCritics said the *budget* is **dead**.")).toBe(
      "Critics said the budget is dead.",
    );
    expect(markdownToText("Budget talks stall\n==================\n\nText.")).toBe("Text.");
    expect(markdownToText("## Budget talks stall\n\nText.\n\n# Reaction\n\nMore.")).toBe(
      "Budget talks stall\n\nText.\n\nReaction\n\nMore.",
    );
    expect(markdownToText("Text first.\n\n# Heading\n\nMore.")).toBe("Text first.\n\nHeading\n\nMore.");
  });

  it("finds the title a Markdown article opens with, as the upload form proposes it", () => {
    expect(findMarkdownTitle("\uFEFF\n# Budget talks stall #\r\n\nText.")).toBe("Budget talks stall");
    expect(findMarkdownTitle("Budget talks stall\n===\n\nText.")).toBe("Budget talks stall");
    expect(findMarkdownTitle("# C# in the newsroom\n\nText.")).toBe("C# in the newsroom");
    expect(findMarkdownTitle("## A subheading\n\nText.")).toBeNull();
    expect(findMarkdownTitle("#hashtag is no heading")).toBeNull();
    expect(findMarkdownTitle("Text first.\n\n# Heading")).toBeNull();
  });

  it("keeps the words of links, images, code and lists, not their syntax", () => {
    expect(
      markdownToText("See [the report](https://example.org) and ![a chart](c.png).\n\n- one\n- `two`\n\n> quoted"),
    ).toBe("See the report and a chart.\n\none\ntwo\n\nquoted");
  });

  it("decodes entities and reduces raw HTML blocks like HTML uploads", () => {
    expect(markdownToText("Le pr&eacute;sident.\n\n<div>\n<p>Raw <b>block</b></p>\n</div>")).toBe(
      "Le président.\n\nRaw block",
    );
  });

  it("leaves emphasis markers that do not close as text", () => {
    expect(markdownToText(" *aa *bb c*")).toBe("*aa bb c");
  });
});
