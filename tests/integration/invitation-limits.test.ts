// Invitation mail is limited (issue 13: one account mailed 40 invitations to one address, in a
// workspace name of its choosing, and nothing stopped it): 5 an hour to one address from one
// workspace, 30 an hour from one inviting person. Past either: TOO_MANY_REQUESTS, nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

describe.each(testEngines())("invitation mail limits, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
  });
  afterAll(() => database.close());

  it("refuses a sixth invitation of one address within the hour, and writes nothing for it", async () => {
    const invite = () =>
      fx.callers.owner.workspaces.invite({
        workspaceId: fx.workspace.id,
        email: "victim@mail.example",
        role: "VIEWER",
      });
    for (let i = 0; i < 5; i++) await invite();
    const auditsBefore = await fx.db.auditEvent.count({ where: { action: "invitation.create" } });
    await expect(invite()).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("invited to this workspace 5 times in the last hour"),
    });
    expect(await fx.db.auditEvent.count({ where: { action: "invitation.create" } })).toBe(auditsBefore);
  });

  it("refuses a 31st invitation from one person within the hour", async () => {
    const invite = (n: number) =>
      fx.callers.owner.workspaces.invite({ workspaceId: fx.workspace.id, email: `p${n}@mail.example`, role: "VIEWER" });
    let sent = 0;
    let refusal: unknown = null;
    for (let n = 0; n < 40 && !refusal; n++) {
      try {
        await invite(n);
        sent += 1;
      } catch (error) {
        refusal = error;
      }
    }
    expect(refusal).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("at most 30 an hour"),
    });
    expect(sent).toBeGreaterThan(0);
    // However the fixture and the test above spent them, the owner sent at most 30 in the hour.
    const byOwner = await fx.db.auditEvent.count({
      where: { action: "invitation.create", actorId: fx.users.owner.userId },
    });
    expect(byOwner).toBeLessThanOrEqual(30);
    expect(byOwner).toBeGreaterThanOrEqual(29);
  });
});
