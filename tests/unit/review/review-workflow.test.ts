import { describe, expect, it } from "vitest";
import { isSourcingChange } from "@/lib/audit/audit-action";
import { decideReviewAction, listReviewActions, type ReviewContext, TRANSITIONS } from "@/lib/review/review-workflow";
import { AddTermInput, type ReviewAction, TransitionClaimInput, termKey } from "@/lib/review/schemas";
import { ReviewState } from "@/lib/vocabulary";

const ANA = "00000000-0000-4000-8000-00000000000a";
const BEN = "00000000-0000-4000-8000-00000000000b";

function context(overrides: Partial<ReviewContext> = {}): ReviewContext {
  return {
    state: "DRAFT",
    actor: { userId: BEN, role: "EDITOR" },
    requireSecondReview: false,
    lastSourcingEditorId: ANA,
    changedSinceSignOff: false,
    note: null,
    ...overrides,
  };
}

describe("the review state machine", () => {
  it("leads each action to its state, from the states it applies to", () => {
    expect(decideReviewAction("submit", context({ state: "DRAFT" }))).toEqual({
      ok: true,
      to: "IN_REVIEW",
      reviewedById: null,
    });
    expect(decideReviewAction("sign_off", context({ state: "IN_REVIEW" }))).toEqual({
      ok: true,
      to: "REVIEWED",
      reviewedById: BEN,
    });
    expect(decideReviewAction("publish", context({ state: "REVIEWED" }))).toEqual({
      ok: true,
      to: "PUBLISHED",
      reviewedById: undefined,
    });
    expect(decideReviewAction("send_back", context({ state: "IN_REVIEW", note: "name the second outlet" }))).toEqual({
      ok: true,
      to: "DRAFT",
      reviewedById: null,
    });
    expect(decideReviewAction("send_back", context({ state: "REVIEWED", note: "the quote changed" }))).toEqual({
      ok: true,
      to: "DRAFT",
      reviewedById: null,
    });
    expect(decideReviewAction("unpublish", context({ state: "PUBLISHED" }))).toEqual({
      ok: true,
      to: "DRAFT",
      reviewedById: null,
    });
  });

  it("refuses every action from a state it does not apply to, naming the state", () => {
    const refused: string[] = [];
    for (const action of Object.keys(TRANSITIONS) as ReviewAction[]) {
      for (const state of ReviewState.options) {
        if (TRANSITIONS[action].from.includes(state)) continue;
        const outcome = decideReviewAction(action, context({ state, note: "a note" }));
        expect(outcome).toMatchObject({ ok: false, code: "INVALID" });
        if (!outcome.ok) refused.push(`${action} from ${state}: ${outcome.message}`);
      }
    }
    expect(refused).toContain(
      "sign_off from DRAFT: only a claim in review can be signed off; submit it for review first (it is draft)",
    );
    expect(refused).toContain("publish from PUBLISHED: this claim is published already (it is published)");
    expect(refused).toContain("unpublish from IN_REVIEW: only a published claim can be unpublished (it is in review)");
    expect(refused).toHaveLength(20 - 8);
  });

  it("lets no viewer move a claim", () => {
    for (const action of Object.keys(TRANSITIONS) as ReviewAction[]) {
      const outcome = decideReviewAction(
        action,
        context({ state: TRANSITIONS[action].from[0]!, actor: { userId: BEN, role: "VIEWER" }, note: "a note" }),
      );
      expect(outcome).toEqual({
        ok: false,
        code: "FORBIDDEN",
        message: "viewers cannot change a claim's review state; ask an editor of the workspace",
      });
    }
  });

  it("needs a note to send a claim back", () => {
    expect(decideReviewAction("send_back", context({ state: "IN_REVIEW", note: "  " }))).toMatchObject({
      ok: false,
      code: "INVALID",
      message: expect.stringContaining("a note is required"),
    });
  });

  describe("without second review", () => {
    it("lets an editor publish a draft or a claim in review directly, and records them as reviewer", () => {
      expect(decideReviewAction("publish", context({ state: "DRAFT" }))).toEqual({
        ok: true,
        to: "PUBLISHED",
        reviewedById: BEN,
      });
      expect(decideReviewAction("publish", context({ state: "IN_REVIEW" }))).toEqual({
        ok: true,
        to: "PUBLISHED",
        reviewedById: BEN,
      });
    });

    it("lets the author sign off their own change", () => {
      expect(decideReviewAction("sign_off", context({ state: "IN_REVIEW", lastSourcingEditorId: BEN }))).toMatchObject({
        ok: true,
        reviewedById: BEN,
      });
    });
  });

  describe("with second review", () => {
    const strict = (overrides: Partial<ReviewContext>) => context({ requireSecondReview: true, ...overrides });

    it("refuses the sign-off of the editor who last changed the sourcing, and accepts another editor's", () => {
      expect(decideReviewAction("sign_off", strict({ state: "IN_REVIEW", lastSourcingEditorId: BEN }))).toEqual({
        ok: false,
        code: "FORBIDDEN",
        message:
          "you made the last change to this claim's sourcing, and this workspace requires a second editor's sign-off; ask another editor to sign it off",
      });
      expect(decideReviewAction("sign_off", strict({ state: "IN_REVIEW", lastSourcingEditorId: ANA }))).toEqual({
        ok: true,
        to: "REVIEWED",
        reviewedById: BEN,
      });
      expect(decideReviewAction("sign_off", strict({ state: "IN_REVIEW", lastSourcingEditorId: null }))).toMatchObject({
        ok: true,
      });
    });

    it("publishes only a claim signed off, as it was signed off", () => {
      for (const state of ["DRAFT", "IN_REVIEW"] as const) {
        expect(decideReviewAction("publish", strict({ state }))).toMatchObject({
          ok: false,
          code: "FORBIDDEN",
          message: expect.stringContaining("requires a second editor's sign-off before publishing"),
        });
      }
      expect(decideReviewAction("publish", strict({ state: "REVIEWED", changedSinceSignOff: true }))).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
        message: expect.stringContaining("changed after it was signed off"),
      });
      // The author may publish once someone else signed off: the sign-off is the second pair of eyes.
      expect(decideReviewAction("publish", strict({ state: "REVIEWED", lastSourcingEditorId: BEN }))).toEqual({
        ok: true,
        to: "PUBLISHED",
        reviewedById: undefined,
      });
    });
  });

  it("lists the actions that apply to a state, each allowed or with its reason", () => {
    expect(
      listReviewActions({ ...context({ state: "DRAFT" }) }).map(({ action, allowed }) => [action, allowed]),
    ).toEqual([
      ["submit", true],
      ["publish", true],
    ]);
    expect(
      listReviewActions({ ...context({ state: "DRAFT", requireSecondReview: true }) }).map(({ action }) => action),
    ).toEqual(["submit"]);
    expect(
      listReviewActions(context({ state: "IN_REVIEW", requireSecondReview: true, lastSourcingEditorId: BEN })),
    ).toEqual([
      { action: "sign_off", allowed: false, reason: expect.stringContaining("ask another editor to sign it off") },
      { action: "send_back", allowed: true, reason: null },
    ]);
    expect(
      listReviewActions(context({ state: "REVIEWED", requireSecondReview: true })).map(({ action, allowed }) => [
        action,
        allowed,
      ]),
    ).toEqual([
      ["publish", true],
      ["send_back", true],
    ]);
    expect(listReviewActions(context({ state: "PUBLISHED", actor: { userId: BEN, role: "VIEWER" } }))).toEqual([
      { action: "unpublish", allowed: false, reason: expect.stringContaining("viewers cannot") },
    ]);
  });

  it("counts every change to a claim as a sourcing change except the workflow's own and tags", () => {
    for (const action of [
      "claim.create",
      "claim.update",
      "hop.add",
      "hop.remove",
      "hop.relation_term",
      "claim.accept_suggestion",
      "claim.reanchor",
      "claim.restore",
      "hop.update",
      "hop.restore",
    ] as const)
      expect(isSourcingChange(action)).toBe(true);
    for (const action of ["review.submit", "review.sign_off", "review.publish", "tag.add", "tag.remove"] as const)
      expect(isSourcingChange(action)).toBe(false);
  });
});

describe("review and vocabulary inputs", () => {
  const claimId = "4b1c1c1e-8f5e-4f59-9d6b-5b8f1f4f2a10";
  const workspaceId = "9b1c1c1e-8f5e-4f59-9d6b-5b8f1f4f2a10";

  it("asks for a note when sending back, and for the version read", () => {
    expect(TransitionClaimInput.safeParse({ claimId, version: 3, action: "send_back" }).error?.issues[0]).toMatchObject(
      { path: ["note"], message: expect.stringContaining("a note is required") },
    );
    expect(TransitionClaimInput.safeParse({ claimId, action: "submit" }).error?.issues[0]?.message).toMatch(
      /send the version of the claim you read/,
    );
    expect(TransitionClaimInput.safeParse({ claimId, version: 1, action: "approve" }).error?.issues[0]?.message).toBe(
      "action is one of submit, sign_off, publish, send_back, unpublish",
    );
    expect(TransitionClaimInput.parse({ claimId, version: 1, action: "submit", note: "" })).toEqual({
      claimId,
      version: 1,
      action: "submit",
      note: null,
    });
  });

  it("needs a base relation for a relation term, none for a tag, and a name that is not a built-in relation", () => {
    expect(
      AddTermInput.safeParse({ workspaceId, kind: "RELATION", label: "leaked to" }).error?.issues[0]?.message,
    ).toMatch(/pick the built-in relation/);
    expect(
      AddTermInput.safeParse({ workspaceId, kind: "CLAIM_TAG", label: "health", baseRelation: "SAID_TO" }).error
        ?.issues[0]?.message,
    ).toMatch(/a claim tag has no built-in relation/);
    expect(
      AddTermInput.safeParse({ workspaceId, kind: "RELATION", label: "Reported by", baseRelation: "REPORTED_BY" }).error
        ?.issues[0]?.message,
    ).toMatch(/is a built-in relation already/);
    expect(AddTermInput.safeParse({ workspaceId, kind: "CLAIM_TAG", label: "!!!" }).error?.issues[0]?.message).toBe(
      "a term needs at least one letter or digit",
    );
    expect(AddTermInput.safeParse({ workspaceId, kind: "TOPIC", label: "health" }).error?.issues[0]?.message).toMatch(
      /kind is RELATION/,
    );
    expect(AddTermInput.parse({ workspaceId, kind: "CLAIM_TAG", label: "  Health " })).toEqual({
      workspaceId,
      kind: "CLAIM_TAG",
      label: "Health",
      baseRelation: null,
    });
  });

  it("folds case, accents and punctuation in term keys", () => {
    expect(termKey("Élection")).toBe("election");
    expect(termKey("Leaked  to.")).toBe("leaked to");
  });
});
