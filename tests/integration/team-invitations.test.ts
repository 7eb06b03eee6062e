// A workspace's team through the procedures: an owner invites an address with a role, and only
// the person signed in with that address can accept (becoming a member) or decline; owners
// withdraw invitations, change roles and remove members; a workspace always keeps an owner. Every
// step leaves its audit record. Then, on PostgreSQL through two connections, answers and demotions
// that happen at the same moment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import {
  type Caller,
  createEditingFixture,
  type EditingFixture,
  joinWorkspace,
  PASSWORD,
} from "../support/editing-fixtures";
import { createPostgresDatabase, testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const pg = await createPostgresDatabase();

/** A new account and its caller on `db`. */
async function newPerson(db: Database["db"], fx: EditingFixture, name: string) {
  const email = `${name.toLowerCase()}@newsroom.example`;
  const me = await fx.callers.anonymous.auth.signUp({ email, name, password: PASSWORD });
  const caller = createCaller(createInnerContext({ db, session: { userId: me.id, email, name } }));
  return { userId: me.id, email, caller };
}

async function actions(fx: EditingFixture, entityId: string) {
  const events = await fx.db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
  return events.map((event) => event.action);
}

describe.each(testEngines())("invitations and the team, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
  });
  afterAll(() => database.close());

  it("adds nobody until the invited person accepts, then makes them a member with the invited role", async () => {
    const owner = fx.callers.owner;
    const ines = await newPerson(database.db, fx, "Ines");
    const invitation = await owner.workspaces.invite({
      workspaceId: fx.workspace.id,
      email: "  INES@Newsroom.example ",
      role: "EDITOR",
    });
    expect(invitation).toMatchObject({ email: "ines@newsroom.example", role: "EDITOR" });
    const team = await owner.workspaces.team({ workspaceId: fx.workspace.id });
    expect(team.members.map((member) => member.email)).not.toContain(ines.email);
    expect(team.invitations).toEqual([
      expect.objectContaining({ email: ines.email, role: "EDITOR", invitedBy: fx.users.owner.name }),
    ]);
    await expect(ines.caller.workspaces.bySlug({ slug: fx.workspace.slug })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // Someone else cannot take it.
    await expect(
      fx.callers.outsider.workspaces.answerInvitation({ invitationId: invitation.id, accept: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/no such invitation for you/) });

    expect(await ines.caller.workspaces.myInvitations()).toEqual([
      expect.objectContaining({
        id: invitation.id,
        role: "EDITOR",
        workspaceName: "Europe Desk",
        workspaceSlug: fx.workspace.slug,
        invitedBy: fx.users.owner.name,
      }),
    ]);
    expect(await ines.caller.workspaces.answerInvitation({ invitationId: invitation.id, accept: true })).toEqual({
      workspaceSlug: fx.workspace.slug,
      accepted: true,
    });
    expect((await ines.caller.workspaces.bySlug({ slug: fx.workspace.slug })).role).toBe("EDITOR");
    expect(await ines.caller.workspaces.myInvitations()).toEqual([]);
    expect((await owner.workspaces.team({ workspaceId: fx.workspace.id })).invitations).toEqual([]);
    expect(await actions(fx, invitation.id)).toEqual(["invitation.create", "invitation.accept"]);
    // Answered once: a second answer finds nothing.
    await expect(
      ines.caller.workspaces.answerInvitation({ invitationId: invitation.id, accept: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("drops a declined invitation, and a withdrawn one cannot be accepted", async () => {
    const jo = await newPerson(database.db, fx, "Jo");
    const first = await fx.callers.owner.workspaces.invite({
      workspaceId: fx.workspace.id,
      email: jo.email,
      role: "VIEWER",
    });
    // Inviting the same address again changes the role offered, and keeps one invitation.
    const again = await fx.callers.owner.workspaces.invite({
      workspaceId: fx.workspace.id,
      email: jo.email,
      role: "EDITOR",
    });
    expect(again.id).toBe(first.id);
    expect((await jo.caller.workspaces.myInvitations()).map((mine) => mine.role)).toEqual(["EDITOR"]);
    expect(await jo.caller.workspaces.answerInvitation({ invitationId: first.id, accept: false })).toEqual({
      workspaceSlug: fx.workspace.slug,
      accepted: false,
    });
    await expect(jo.caller.workspaces.bySlug({ slug: fx.workspace.slug })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await actions(fx, first.id)).toEqual(["invitation.create", "invitation.create", "invitation.decline"]);

    const second = await fx.callers.owner.workspaces.invite({
      workspaceId: fx.workspace.id,
      email: jo.email,
      role: "VIEWER",
    });
    expect(await fx.callers.owner.workspaces.withdrawInvitation({ invitationId: second.id })).toEqual({
      id: second.id,
    });
    await expect(
      jo.caller.workspaces.answerInvitation({ invitationId: second.id, accept: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await jo.caller.workspaces.myInvitations()).toEqual([]);
    expect(await actions(fx, second.id)).toEqual(["invitation.create", "invitation.withdraw"]);
  });

  it("changes roles and removes members, and always keeps an owner", async () => {
    const owner = fx.callers.owner;
    const kim = await newPerson(database.db, fx, "Kim");
    await joinWorkspace(owner, kim.caller, { workspaceId: fx.workspace.id, email: kim.email, role: "VIEWER" });
    await expect(
      kim.caller.editing.createArticle({ workspaceId: fx.workspace.id, title: "Not yet", content: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await owner.workspaces.setRole({ workspaceId: fx.workspace.id, userId: kim.userId, role: "OWNER" })).toEqual(
      { userId: kim.userId, role: "OWNER" },
    );

    // Two owners: the first may now step down, and Kim is the last owner.
    await owner.workspaces.setRole({ workspaceId: fx.workspace.id, userId: fx.users.owner.userId, role: "EDITOR" });
    const lastOwner = /this is the workspace's last owner; make someone else owner first/;
    await expect(
      kim.caller.workspaces.setRole({ workspaceId: fx.workspace.id, userId: kim.userId, role: "EDITOR" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(lastOwner) });
    await expect(kim.caller.workspaces.leave({ workspaceId: fx.workspace.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(lastOwner),
    });
    await expect(
      kim.caller.workspaces.removeMember({ workspaceId: fx.workspace.id, userId: kim.userId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    // Kim gives ownership back and removes herself; the removed member has no way in.
    await kim.caller.workspaces.setRole({ workspaceId: fx.workspace.id, userId: fx.users.owner.userId, role: "OWNER" });
    expect(await owner.workspaces.removeMember({ workspaceId: fx.workspace.id, userId: kim.userId })).toEqual({
      userId: kim.userId,
    });
    await expect(kim.caller.workspaces.bySlug({ slug: fx.workspace.slug })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const membershipEvents = await fx.db.auditEvent.findMany({
      where: {
        workspaceId: fx.workspace.id,
        entityType: "membership",
        actorId: { in: [fx.users.owner.userId, kim.userId] },
      },
      orderBy: { createdAt: "asc" },
      select: { action: true, before: true, after: true },
    });
    expect(membershipEvents.slice(-4)).toEqual([
      {
        action: "membership.set",
        before: { email: kim.email, role: "VIEWER" },
        after: { email: kim.email, role: "OWNER" },
      },
      {
        action: "membership.set",
        before: { email: fx.users.owner.email, role: "OWNER" },
        after: { email: fx.users.owner.email, role: "EDITOR" },
      },
      {
        action: "membership.set",
        before: { email: fx.users.owner.email, role: "EDITOR" },
        after: { email: fx.users.owner.email, role: "OWNER" },
      },
      { action: "membership.remove", before: { email: kim.email, role: "OWNER" }, after: null },
    ]);
  });

  it("refuses to invite a member, and lets a member who is not the last owner leave", async () => {
    await expect(
      fx.callers.owner.workspaces.invite({
        workspaceId: fx.workspace.id,
        email: fx.users.viewer.email,
        role: "EDITOR",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: `${fx.users.viewer.email} is a member already; change their role in the team list`,
    });
    const lou = await newPerson(database.db, fx, "Lou");
    await joinWorkspace(fx.callers.owner, lou.caller, {
      workspaceId: fx.workspace.id,
      email: lou.email,
      role: "EDITOR",
    });
    expect(await lou.caller.workspaces.leave({ workspaceId: fx.workspace.id })).toEqual({ userId: lou.userId });
    expect((await lou.caller.workspaces.mine()).map((workspace) => workspace.slug)).not.toContain(fx.workspace.slug);
  });
});

describe("answers and demotions at the same moment, through two connections to one PostgreSQL", () => {
  let first: Database;
  let second: Database;
  let fx: EditingFixture;
  let ownerOnSecond: Caller;
  beforeAll(async () => {
    if (!pg) return;
    first = await openDatabase({ kind: "postgres", url: pg.url }, { root: repoRoot });
    second = await openDatabase({ kind: "postgres", url: pg.url }, { root: repoRoot, migrate: false });
    fx = await createEditingFixture(first.db);
    const { userId, email, name } = fx.users.owner;
    ownerOnSecond = createCaller(createInnerContext({ db: second.db, session: { userId, email, name } }));
  });
  afterAll(async () => {
    if (!pg) return;
    await first?.close();
    await second?.close();
    await pg.drop();
  });

  it.skipIf(!pg)("never leaves a workspace without an owner when two owners demote each other at once", async () => {
    for (let round = 0; round < 5; round++) {
      const co = await newPerson(first.db, fx, `Co${round}`);
      await joinWorkspace(fx.callers.owner, co.caller, {
        workspaceId: fx.workspace.id,
        email: co.email,
        role: "OWNER",
      });
      const coOnSecond = createCaller(
        createInnerContext({ db: second.db, session: { userId: co.userId, email: co.email, name: `Co${round}` } }),
      );
      const settled = await Promise.allSettled([
        fx.callers.owner.workspaces.setRole({ workspaceId: fx.workspace.id, userId: co.userId, role: "EDITOR" }),
        coOnSecond.workspaces.setRole({ workspaceId: fx.workspace.id, userId: fx.users.owner.userId, role: "EDITOR" }),
      ]);
      const outcomes = settled.map((s) => (s.status === "fulfilled" ? "ok" : (s.reason as { code: string }).code));
      // The one who waits is refused: CONFLICT (the last owner), or FORBIDDEN when the other's
      // demotion committed before their role was checked.
      expect(outcomes.filter((outcome) => outcome === "ok")).toHaveLength(1);
      expect(outcomes.find((outcome) => outcome !== "ok")).toMatch(/^(CONFLICT|FORBIDDEN)$/);
      expect(await first.db.membership.count({ where: { workspaceId: fx.workspace.id, role: "OWNER" } })).toBe(1);
      // Whoever is left owning hands it back to the fixture's owner for the next round.
      const owners = await first.db.membership.findMany({
        where: { workspaceId: fx.workspace.id, role: "OWNER" },
        select: { userId: true },
      });
      if (owners[0]!.userId === co.userId)
        await co.caller.workspaces.setRole({
          workspaceId: fx.workspace.id,
          userId: fx.users.owner.userId,
          role: "OWNER",
        });
      await fx.callers.owner.workspaces.removeMember({ workspaceId: fx.workspace.id, userId: co.userId });
    }
  });

  it.skipIf(!pg)(
    "makes one membership of an invitation accepted twice at once, or withdrawn while accepted",
    async () => {
      for (let round = 0; round < 5; round++) {
        const guest = await newPerson(first.db, fx, `Guest${round}`);
        const guestOnSecond = createCaller(
          createInnerContext({
            db: second.db,
            session: { userId: guest.userId, email: guest.email, name: `Guest${round}` },
          }),
        );
        const invitation = await fx.callers.owner.workspaces.invite({
          workspaceId: fx.workspace.id,
          email: guest.email,
          role: "VIEWER",
        });
        const race =
          round % 2
            ? [
                guest.caller.workspaces.answerInvitation({ invitationId: invitation.id, accept: true }),
                ownerOnSecond.workspaces.withdrawInvitation({ invitationId: invitation.id }),
              ]
            : [
                guest.caller.workspaces.answerInvitation({ invitationId: invitation.id, accept: true }),
                guestOnSecond.workspaces.answerInvitation({ invitationId: invitation.id, accept: true }),
              ];
        const settled = await Promise.allSettled(race);
        const outcomes = settled.map((s) => (s.status === "fulfilled" ? "ok" : (s.reason as { code: string }).code));
        expect(outcomes.sort()).toEqual(["NOT_FOUND", "ok"]);
        const memberships = await first.db.membership.count({
          where: { workspaceId: fx.workspace.id, userId: guest.userId },
        });
        // Two accepts: one membership either way; an accept against a withdrawal: one if it won.
        const accepted = round % 2 ? settled[0]!.status === "fulfilled" : true;
        expect(memberships).toBe(accepted ? 1 : 0);
        expect(await first.db.invitation.count({ where: { id: invitation.id } })).toBe(0);
      }
    },
  );
});
