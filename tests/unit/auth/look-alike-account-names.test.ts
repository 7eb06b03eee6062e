// Names people type for themselves, their workspace, their API tokens and their vocabulary follow
// the look-alike rule of source names and titles (lib/input/name-text.ts): invisible characters
// dropped, bidi controls and words mixing scripts refused with a message naming them.
import { describe, expect, it } from "vitest";
import { CreateApiTokenInput } from "@/lib/auth/api-token-schemas";
import { CreateWorkspaceInput, SignUpInput } from "@/lib/auth/schemas";
import { AddTermInput } from "@/lib/review/schemas";

const WORKSPACE_ID = "00000000-0000-4000-8000-000000000001";
const LEGITIMATE = ["Équipe Dépêche", "Володимир", "الجزيرة"];

function problems(result: { success: boolean; error?: { issues: Array<{ message: string }> } }): string[] {
  return result.success ? [] : result.error!.issues.map((issue) => issue.message);
}

const schemas = {
  workspace: (name: string) => CreateWorkspaceInput.safeParse({ name, slug: "demo" }),
  account: (name: string) => SignUpInput.safeParse({ email: "a@example.org", name, password: "long enough password" }),
  token: (name: string) => CreateApiTokenInput.safeParse({ name }),
  term: (name: string) => AddTermInput.safeParse({ workspaceId: WORKSPACE_ID, kind: "CLAIM_TAG", label: name }),
};

describe("look-alike rule on account, workspace, token and term names", () => {
  it("refuses the review's examples with a message naming the control or the word", () => {
    expect(problems(schemas.workspace("Demo newsr\u043em \u202eevil"))).toEqual([
      "the workspace name contains an invisible direction control (U+202E), which shows the text in another order than it is stored; remove it",
    ]);
    expect(problems(schemas.workspace("Demo newsr\u043em"))).toEqual([
      "the workspace name mixes Latin and Cyrillic letters in the word “newsr\u043em”, which makes it look like another name; type the word in one script",
    ]);
    expect(problems(schemas.account("\u0410lice \u202eadmin"))[0]).toContain(
      "the account name contains an invisible direction control (U+202E)",
    );
    expect(problems(schemas.account("\u0410lice"))[0]).toContain(
      "the account name mixes Cyrillic and Latin letters in the word “\u0410lice”",
    );
    expect(problems(schemas.token("CMS\u202egnp.exe"))[0]).toContain(
      "the token name contains an invisible direction control (U+202E)",
    );
    expect(problems(schemas.term("le\u0430ked to"))[0]).toContain(
      "the term mixes Latin and Cyrillic letters in the word “le\u0430ked”",
    );
  });

  it.each(Object.keys(schemas) as Array<keyof typeof schemas>)("accepts names in one script for the %s", (kind) => {
    for (const name of LEGITIMATE) {
      const result = schemas[kind](name);
      expect(problems(result)).toEqual([]);
    }
  });

  it("drops invisible characters before storing", () => {
    const result = SignUpInput.parse({
      email: "a@example.org",
      name: "Al\u200Bice\uFEFF",
      password: "long enough password",
    });
    expect(result.name).toBe("Alice");
    expect(CreateWorkspaceInput.parse({ name: "Ｄｅｍｏ desk", slug: "demo" }).name).toBe("Demo desk");
    expect(CreateApiTokenInput.parse({ name: " Newsroom\u200B CMS " }).name).toBe("Newsroom CMS");
    expect(CreateApiTokenInput.parse(undefined).name).toBe("API token");
  });
});
