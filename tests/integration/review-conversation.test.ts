// The review conversation and the workflow's facts as data: a reviewer's send-back note reaches
// the author in the claim's review and in the queue, which says who must act next; the facts the
// workflow decides from (last sourcing editor, signed-off version) are columns of the claim,
// written with the change, so they hold even when the audit log says nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

describe.each(testEngines())("the review conversation, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;

  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    await fx.callers.owner.review.updateSettings({ workspaceId: fx.workspace.id, requireSecondReview: true });
  });
  afterAll(() => database.close());

  it("shows the send-back note to the author and names who acts next", async () => {
    const { editor, owner } = fx.callers;
    const claim = await fx.freshHop();
    const submitted = await editor.review.transition({
      claimId: claim.claimId,
      version: claim.claimVersion,
      action: "submit",
    });
    const waiting = (await owner.review.queue({ workspaceId: fx.workspace.id })).inReview.find(
      (item) => item.claimId === claim.claimId,
    )!;
    expect(waiting.nextStep).toBe("Next: an editor other than Eddie Editor signs it off");
    await owner.review.transition({
      claimId: claim.claimId,
      version: submitted.version,
      action: "send_back",
      note: "Name the journalists' outlets.",
    });

    const review = await editor.review.claim({ claimId: claim.claimId });
    expect(review.sentBack).toMatchObject({ note: "Name the journalists' outlets.", by: { name: "Olivia Owner" } });
    expect(review.nextStep).toBe("Next: Eddie Editor answers the note and submits it again");
    const draft = (await editor.review.queue({ workspaceId: fx.workspace.id })).drafts.find(
      (item) => item.claimId === claim.claimId,
    )!;
    expect(draft.sentBack?.note).toBe("Name the journalists' outlets.");

    // Submitting again answers the note: it is no longer shown.
    await editor.review.transition({ claimId: claim.claimId, version: review.version, action: "submit" });
    expect((await editor.review.claim({ claimId: claim.claimId })).sentBack).toBeNull();
  });

  it("keeps the last sourcing editor and the signed-off version on the claim, not in the audit log", async () => {
    const { editor, owner } = fx.callers;
    const claim = await fx.freshHop();
    expect(
      await database.db.claim.findUniqueOrThrow({
        where: { id: claim.claimId },
        select: { lastSourcingEditorId: true },
      }),
    ).toEqual({ lastSourcingEditorId: fx.users.editor.userId });
    const submitted = await editor.review.transition({
      claimId: claim.claimId,
      version: claim.claimVersion,
      action: "submit",
    });
    // The workflow decides from the columns: with the history gone, the author still may not sign off.
    await database.db.auditEvent.deleteMany({ where: { entityId: claim.claimId } });
    const refused = (await editor.review.claim({ claimId: claim.claimId })).actions.find(
      (a) => a.action === "sign_off",
    );
    expect(refused).toMatchObject({ allowed: false });
    const signed = await owner.review.transition({
      claimId: claim.claimId,
      version: submitted.version,
      action: "sign_off",
    });
    expect(
      await database.db.claim.findUniqueOrThrow({ where: { id: claim.claimId }, select: { signedOffVersion: true } }),
    ).toEqual({ signedOffVersion: signed.version });
    const published = await owner.review.transition({
      claimId: claim.claimId,
      version: signed.version,
      action: "publish",
    });
    expect(published.reviewState).toBe("PUBLISHED");
  });
});
