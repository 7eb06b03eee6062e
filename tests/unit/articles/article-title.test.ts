// One title rule for every way in (issue 13): the editor, the CMS webhook and `claimtrail revise`,
// and imported annotation files accept and refuse the same titles with the same message.
import { describe, expect, it } from "vitest";
import { AnnotationFile } from "@/lib/annotation/annotation-file";
import { ReviseArticleInput } from "@/lib/articles/revision-schemas";
import { CreateArticleInput } from "@/lib/editing/schemas";

const workspaceId = "00000000-0000-4000-8000-000000000001";
const ways = {
  editor: (title: string) =>
    CreateArticleInput.safeParse({ workspaceId, title, content: "Text.", contentType: "text" }),
  revision: (title: string) => ReviseArticleInput.safeParse({ articleId: workspaceId, content: "Text.", title }),
  annotationFile: (title: string) => AnnotationFile.safeParse({ title, claims: [] }),
};

function answers(title: string) {
  return Object.entries(ways).map(([way, parse]) => {
    const result = parse(title);
    return [way, result.success ? "accepted" : result.error.issues.map((issue) => issue.message).join("; ")];
  });
}

describe("an article's title", () => {
  it("is accepted up to 300 characters on every way in, trimmed and cleaned of invisible characters", () => {
    for (const [, answer] of answers(`  ${"T".repeat(300)} `)) expect(answer).toBe("accepted");
    expect(ways.editor("Macron\u200b on troops").data?.title).toBe("Macron on troops");
    expect(ways.annotationFile("Macron\u200b on troops").data?.title).toBe("Macron on troops");
  });

  it.each([
    ["T".repeat(301), "the title is at most 300 characters"],
    ["<script>x</script>", "the title cannot contain < or >"],
    ["   ", "the title cannot be empty"],
  ])("refuses %j with the same message everywhere", (title, message) => {
    for (const [, answer] of answers(title)) expect(answer).toContain(message);
  });
});
