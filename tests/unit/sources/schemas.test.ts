import { describe, expect, it } from "vitest";
import { AddLinkInput, AddSnapshotInput, MergeSourcesInput, SetSourceDetailsInput } from "@/lib/sources/schemas";

const ID = "3f1c7c9e-4a36-4c43-9a8b-8a1f2f0e6a11";
const OTHER = "9b2d4e11-5c7a-4f0e-8d3b-2c6e1a7f9d22";
const messages = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("source-record inputs", () => {
  it("leaves absent details unchanged and turns empty ones into a clearing null", () => {
    expect(SetSourceDetailsInput.parse({ sourceId: ID, version: 3, language: "fr" })).toEqual({
      sourceId: ID,
      version: 3,
      language: "fr",
    });
    expect(SetSourceDetailsInput.parse({ sourceId: ID, version: 3, country: "fr", url: "", notes: "  " })).toEqual({
      sourceId: ID,
      version: 3,
      country: "FR",
      url: null,
      notes: null,
    });
    expect(messages(SetSourceDetailsInput.safeParse({ sourceId: ID, version: 3 }))).toEqual([
      "nothing to change: give at least one of type, language, country, url, notes or publicNote",
    ]);
    expect(messages(SetSourceDetailsInput.safeParse({ sourceId: ID, version: 3, language: "French" }))).toEqual([
      "the language is a code such as fr, en or pt-BR",
    ]);
    expect(messages(SetSourceDetailsInput.safeParse({ sourceId: ID, version: 3, country: "France" }))).toEqual([
      "the country is a two-letter ISO code such as FR, GB or UA",
    ]);
    expect(
      messages(SetSourceDetailsInput.safeParse({ sourceId: ID, version: 3, url: "javascript:alert(1)" })).join(),
    ).toMatch(/address/);
  });

  it("refuses a self-link and a merge of a source into itself with what to do", () => {
    expect(messages(AddLinkInput.safeParse({ sourceId: ID, otherSourceId: ID, kind: "SPEAKS_FOR" }))).toEqual([
      "a source cannot be linked to itself; pick the other person or organisation",
    ]);
    expect(AddLinkInput.parse({ sourceId: ID, otherSourceId: OTHER, kind: "SPEAKS_FOR" }).direction).toBe("outgoing");
    expect(messages(MergeSourcesInput.safeParse({ sourceId: ID, duplicateId: ID }))).toEqual([
      "a source cannot be merged into itself; pick the duplicate to fold into this one",
    ]);
  });

  it("takes a capture for exactly one of a source or a hop, with content or an archive address", () => {
    expect(AddSnapshotInput.parse({ sourceId: ID, content: "<p>x</p>", contentType: "text/html" })).toMatchObject({
      encoding: "text",
      originalUrl: null,
      archiveUrl: null,
      capturedAt: null,
      sha256: null,
    });
    expect(AddSnapshotInput.parse({ hopId: ID, archiveUrl: "https://archive.ph/AbCdE" })).toMatchObject({
      content: "",
      contentType: "text/plain",
    });
    expect(messages(AddSnapshotInput.safeParse({ content: "x" })).join()).toMatch(/give exactly one of sourceId/);
    expect(messages(AddSnapshotInput.safeParse({ sourceId: ID, content: "" }))).toEqual([
      "paste the page's text or HTML, upload a file, or give an archive address",
    ]);
    expect(
      AddSnapshotInput.parse({ sourceId: ID, content: "AAAA", encoding: "base64", sha256: "A".repeat(64) }).sha256,
    ).toBe("a".repeat(64));
  });
});
