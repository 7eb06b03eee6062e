// A workspace's team through the procedures: an owner invites an address with a role, a secret
// link is mailed to it, and only the person signed in with that address, through that link, can
// accept (becoming a member) or decline (issue 13: whoever signed up with the address first could
// take an invitation matched by address alone); owners
// withdraw invitations, change roles and remove members; a workspace always keeps an owner. Every
// step leaves its audit record. Then, on PostgreSQL through two connections, answers and demotions
// that happen at the same moment.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "@/server/database/open-database";
import { env } from "@/server/env";
import { createInnerContext } from "@/server/trpc/context";
import { appRouter, createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "../support/confirm-sign-up";
import {
  type Caller,
  createEditingFixture,
  type EditingFixture,
  joinWorkspace,
  PASSWORD,
} from "../support/editing-fixtures";
import { openInvitationToken } from "../support/invitation-links";
import { createPostgresDatabase, testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const pg = await createPostgresDatabase();

const GONE =
  "this invitation link no longer works: it was used, withdrawn, or replaced by a newer invitation to the same address";

/** The newest link mailed to `email` that is open on `fx`'s database, read from the outbox as its owner reads mail. */
const linkIn = (fx: EditingFixture) => (email: string) => openInvitationToken(fx.callers.owner, email, env().outboxDir);

/** A new account and its caller on `db`. */
async function newPerson(db: Database["db"], fx: EditingFixture, name: string) {
  const email = `${name.toLowerCase()}@newsroom.example`;
  const me = await signUpConfirmed(fx.callers.anonymous.auth, { email, name, password: PASSWORD });
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
  let linkOf: (email: string) => Promise<string>;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    linkOf = linkIn(fx);
  });
  afterAll(() => database.close());

  it("adds nobody until the invited person accepts through the mailed link, then makes them a member with the invited role", async () => {
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

    // The link, as mailed: only its SHA-256 is stored, and it expires a week after inviting.
    const token = await linkOf(ines.email);
    const row = await fx.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    const days = (row.expiresAt!.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);

    // Reading the link (a mail scanner's GET, a signed-out visit) shows the offer and changes nothing.
    const offer = {
      state: "open",
      workspaceName: "Europe Desk",
      role: "EDITOR",
      email: ines.email,
      invitedBy: fx.users.owner.name,
      expiresAt: row.expiresAt,
    };
    expect(await fx.callers.anonymous.workspaces.invitationLink({ token })).toEqual(offer);
    expect(await ines.caller.workspaces.invitationLink({ token })).toEqual(offer);
    expect(await fx.db.invitation.count({ where: { id: invitation.id } })).toBe(1);
    await expect(ines.caller.workspaces.bySlug({ slug: fx.workspace.slug })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // Someone else holding the link cannot take it.
    await expect(fx.callers.outsider.workspaces.answerInvitation({ token, accept: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: `this invitation is for ${ines.email}, and you are signed in as ${fx.users.outsider.email}: sign in with the invited address to answer it`,
    });

    expect(await ines.caller.workspaces.answerInvitation({ token, accept: true })).toEqual({
      workspaceSlug: fx.workspace.slug,
      accepted: true,
    });
    expect((await ines.caller.workspaces.bySlug({ slug: fx.workspace.slug })).role).toBe("EDITOR");
    expect((await owner.workspaces.team({ workspaceId: fx.workspace.id })).invitations).toEqual([]);
    expect(await actions(fx, invitation.id)).toEqual(["invitation.create", "invitation.accept"]);
    // The link works once.
    await expect(ines.caller.workspaces.answerInvitation({ token, accept: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: GONE,
    });
    expect(await ines.caller.workspaces.invitationLink({ token })).toEqual({ state: "gone" });
  });

  it("keeps an invitation from a stranger who signs up with the invited address but has not the link", async () => {
    const carol = "carol@newsroom.example";
    const invitation = await fx.callers.owner.workspaces.invite({
      workspaceId: fx.workspace.id,
      email: carol,
      role: "OWNER",
    });
    const stranger = await newPerson(database.db, fx, "Carol");
    expect(stranger.email).toBe(carol);
    // No procedure lists invitations by address any more, and no guessed or other link answers it.
    expect(Object.keys(appRouter._def.procedures)).not.toContain("workspaces.myInvitations");
    expect((await stranger.caller.workspaces.mine()).map((workspace) => workspace.slug)).not.toContain(
      fx.workspace.slug,
    );
    for (const token of [randomBytes(32).toString("base64url"), "A".repeat(43)])
      await expect(stranger.caller.workspaces.answerInvitation({ token, accept: true })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: GONE,
      });
    await expect(
      stranger.caller.workspaces.answerInvitation({ token: invitation.id, accept: true }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/this is not an invitation link/) });
    await expect(stranger.caller.workspaces.bySlug({ slug: fx.workspace.slug })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await fx.db.invitation.count({ where: { id: invitation.id } })).toBe(1);
    // The owner withdraws it; the mailed link then no longer works, whoever holds it.
    const token = await linkOf(carol);
    await fx.callers.owner.workspaces.withdrawInvitation({ invitationId: invitation.id });
    await expect(stranger.caller.workspaces.answerInvitation({ token, accept: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: GONE,
    });
    expect(await stranger.caller.workspaces.invitationLink({ token })).toEqual({ state: "gone" });
    expect(await stranger.caller.workspaces.mine()).toEqual([]);
  });

  it("drops a declined invitation; refuses an expired, replaced or withdrawn link", async () => {
    const jo = await newPerson(database.db, fx, "Jo");
    const first = await fx.callers.owner.workspaces.invite({
      workspaceId: fx.workspace.id,
      email: jo.email,
      role: "VIEWER",
    });
    const firstLink = await linkOf(jo.email);
    // Inviting the same address again changes the role offered, keeps one invitation and mails a
    // new link: the first one stops working.
    const again = await fx.callers.owner.workspaces.invite({
      workspaceId: fx.workspace.id,
      email: jo.email,
      role: "EDITOR",
    });
    expect(again.id).toBe(first.id);
    const link = await linkOf(jo.email);
    expect(link).not.toBe(firstLink);
    await expect(jo.caller.workspaces.answerInvitation({ token: firstLink, accept: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: GONE,
    });
    expect(await jo.caller.workspaces.invitationLink({ token: link })).toMatchObject({ state: "open", role: "EDITOR" });
    expect(await jo.caller.workspaces.answerInvitation({ token: link, accept: false })).toEqual({
      workspaceSlug: fx.workspace.slug,
      accepted: false,
    });
    await expect(jo.caller.workspaces.bySlug({ slug: fx.workspace.slug })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await actions(fx, first.id)).toEqual(["invitation.create", "invitation.create", "invitation.decline"]);
    await expect(jo.caller.workspaces.answerInvitation({ token: link, accept: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // Expired: refused with the date and what to do; the owner's list says the link expired.
    const second = await fx.callers.owner.workspaces.invite({
      workspaceId: fx.workspace.id,
      email: jo.email,
      role: "VIEWER",
    });
    const expiring = await linkOf(jo.email);
    const past = new Date(Date.now() - 60_000);
    await fx.db.invitation.update({ where: { id: second.id }, data: { expiresAt: past } });
    expect(await jo.caller.workspaces.invitationLink({ token: expiring })).toEqual({
      state: "expired",
      workspaceName: "Europe Desk",
      expiresAt: past,
    });
    await expect(jo.caller.workspaces.answerInvitation({ token: expiring, accept: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `this invitation link expired on ${past.toISOString().slice(0, 10)}; ask an owner of Europe Desk to invite you again`,
    });
    expect(await jo.caller.workspaces.mine()).toEqual([]);

    // Withdrawn: the link is gone.
    expect(await fx.callers.owner.workspaces.withdrawInvitation({ invitationId: second.id })).toEqual({
      id: second.id,
    });
    await expect(jo.caller.workspaces.answerInvitation({ token: expiring, accept: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: GONE,
    });
    expect(await actions(fx, second.id)).toEqual(["invitation.create", "invitation.withdraw"]);
  });

  it("accepts no invitation made before links: the owner invites again, which mails one", async () => {
    const ada = await newPerson(database.db, fx, "Ada");
    // As the migration leaves an invitation pending before it: no token, no expiry.
    const old = await fx.db.invitation.create({
      data: { workspaceId: fx.workspace.id, email: ada.email, role: "EDITOR", invitedById: fx.users.owner.userId },
    });
    const listed = (await fx.callers.owner.workspaces.team({ workspaceId: fx.workspace.id })).invitations;
    expect(listed.find((invitation) => invitation.id === old.id)).toMatchObject({ expiresAt: null });
    await expect(linkOf(ada.email)).rejects.toThrow(/no open invitation link/);
    await fx.callers.owner.workspaces.invite({ workspaceId: fx.workspace.id, email: ada.email, role: "EDITOR" });
    expect(
      await ada.caller.workspaces.answerInvitation({ token: await linkOf(ada.email), accept: true }),
    ).toMatchObject({
      accepted: true,
    });
    expect((await ada.caller.workspaces.bySlug({ slug: fx.workspace.slug })).role).toBe("EDITOR");
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
  let linkOf: (email: string) => Promise<string>;
  beforeAll(async () => {
    if (!pg) return;
    first = await openDatabase({ kind: "postgres", url: pg.url }, { root: repoRoot });
    second = await openDatabase({ kind: "postgres", url: pg.url }, { root: repoRoot, migrate: false });
    fx = await createEditingFixture(first.db);
    linkOf = linkIn(fx);
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
        const token = await linkOf(guest.email);
        const race =
          round % 2
            ? [
                guest.caller.workspaces.answerInvitation({ token, accept: true }),
                ownerOnSecond.workspaces.withdrawInvitation({ invitationId: invitation.id }),
              ]
            : [
                guest.caller.workspaces.answerInvitation({ token, accept: true }),
                guestOnSecond.workspaces.answerInvitation({ token, accept: true }),
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
