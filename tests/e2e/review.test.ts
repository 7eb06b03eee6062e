// Two editors and the review queue, end to end in chromium: the owner of the demo newsroom invites
// a second editor, who accepts, asks for a second editor's sign-off and adds the newsroom's terms, writes a claim with one hop, tags
// it, names the hop in its own words and submits it, and cannot sign off their own change; a
// second editor sends it back with a note, then signs off the resubmitted claim and publishes
// it; only then do readers see the claim.
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { invitationTokensTo } from "../support/invitation-links";
import { useAppAndBrowser } from "./support/app-and-browser";
import type { AppServer } from "./support/app-server";
import { artifactsDir, hasChromium } from "./support/browser";
import { startClaim } from "./support/chain-builder";
import { signUpAndConfirm } from "./support/confirm-sign-up";
import { pickSource } from "./support/pick-source";

const TEXT =
  "The mayor said on Monday that the Pont Vieux bridge will reopen in May, according to the city's transport office.";
const CLAIM = "the Pont Vieux bridge will reopen in May";
const TITLE = "The Pont Vieux reopens in May";

async function signUp(context: BrowserContext, server: AppServer, name: string, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/signup`);
  await signUpAndConfirm(page, server, { name: name, email: email, password: "correct horse battery" });
  await page.waitForURL(/\/editor$/);
  return page;
}

/** A procedure over HTTP with the page's cookies, as the editor's own pages call them. */
async function call<T>(
  page: Page,
  url: string,
  procedure: string,
  input: unknown,
  method: "query" | "mutation",
): Promise<T> {
  const response =
    method === "query"
      ? await page.request.get(`${url}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`)
      : await page.request.post(`${url}/api/trpc/${procedure}`, { data: input });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok() || !body.result) throw new Error(`${procedure}: ${response.status()} ${body.error?.message}`);
  return body.result.data;
}

/** What an anonymous reader gets of the article's claims. */
async function publicClaims(url: string, articleId: string): Promise<string[]> {
  const response = await fetch(
    `${url}/api/trpc/sourcing.article?input=${encodeURIComponent(JSON.stringify({ id: articleId }))}`,
  );
  const body = (await response.json()) as { result: { data: { claims: Array<{ quote: string }> } } };
  return body.result.data.claims.map((claim) => claim.quote);
}

const queueItem = (page: Page, section: string) =>
  page.getByRole("region", { name: section }).getByRole("listitem", { name: new RegExp(CLAIM) });

describe.skipIf(!hasChromium)("two editors review a claim before readers see it", () => {
  const app = useAppAndBrowser();

  it("invite and accept, second review on, terms added, submit, refused self sign-off, send back, resubmit, second editor's sign-off, publish", async () => {
    const viewport = { width: 1280, height: 900 };
    const alexContext = await app.browser.newContext({ viewport });
    const blakeContext = await app.browser.newContext({ viewport });
    // The first account of a fresh installation owns the demo newsroom.
    const alex = await signUp(alexContext, app.server, "Alex Owner", "alex@example.org");
    const blake = await signUp(blakeContext, app.server, "Blake Second", "blake@example.org");
    const demo = await call<{ id: string }>(alex, app.server.url, "workspaces.bySlug", { slug: "demo" }, "query");

    // The owner invites Blake as an editor from the settings page; Blake is not a member until
    // opening the link mailed to the address and accepting there.
    await alex.goto(`${app.server.url}/editor/demo`);
    await alex.getByRole("link", { name: "Settings" }).click();
    await alex.waitForURL(/\/editor\/demo\/settings$/);
    const team = alex.getByRole("region", { name: "Team" });
    const invite = team.getByRole("form", { name: "Invite someone" });
    await invite.getByLabel("Email").fill("Blake@Example.org");
    await invite.getByLabel("Role").selectOption("EDITOR");
    await invite.getByRole("button", { name: "Invite" }).click();
    await team
      .getByRole("list", { name: "Invitations waiting for an answer" })
      .getByText("blake@example.org")
      .waitFor();
    expect(await team.getByRole("cell", { name: "Blake Second" }).count()).toBe(0);
    // Being signed in with the invited address shows nothing: only the mailed link does.
    await blake.reload();
    expect(await blake.getByText("Demo newsroom").count()).toBe(0);
    const [token] = invitationTokensTo("blake@example.org", path.join(app.server.dataDir, "outbox"));
    const link = `${app.server.url}/invitations/${token}`;
    // A mail scanner fetching the link, even with Blake's cookies, accepts nothing.
    const scanned = await fetch(link);
    expect(scanned.status).toBe(200);
    expect(await scanned.text()).toContain("Invitation to Demo newsroom");
    const scannedSignedIn = await blake.request.get(link);
    expect(scannedSignedIn.status()).toBe(200);
    expect(await scannedSignedIn.text()).toContain("Accept and join");
    expect((await blake.request.head(link)).status()).toBe(200);
    const notYet = await blake.request.get(`${app.server.url}/editor/demo`);
    expect(await notYet.text()).not.toContain("Settings");
    await blake.goto(link);
    const offer = blake.getByRole("region", { name: "Invitation" });
    await expect(offer.textContent()).resolves.toContain(
      "Alex Owner invited blake@example.org to join Demo newsroom as an editor.",
    );
    await offer.getByRole("button", { name: "Accept and join Demo newsroom" }).click();
    await blake.waitForURL(/\/editor\/demo$/);
    // Once used, the link says so.
    const used = await blake.context().newPage();
    await used.goto(link);
    await used.getByRole("heading", { name: "This invitation link no longer works" }).waitFor();
    await used.close();
    await alex.reload();
    await expect(team.getByLabel("Role of Blake Second").inputValue()).resolves.toBe("EDITOR");
    await expect(team.getByText("No invitations waiting for an answer.").count()).resolves.toBe(1);
    await alex.screenshot({ path: path.join(artifactsDir, "settings-team.png"), fullPage: true });

    // The owner turns on second review.
    const second = alex.getByLabel("Require a second editor’s sign-off before a claim is published");
    await second.check();
    await expect
      .poll(() =>
        call<{ requireSecondReview: boolean }>(
          alex,
          app.server.url,
          "review.settings",
          { workspaceId: demo.id },
          "query",
        ).then((s) => s.requireSecondReview),
      )
      .toBe(true);
    // …and adds the newsroom's own words.
    const tags = alex.getByRole("region", { name: "Claim tags" });
    await tags.getByLabel("New tag").fill("Transport");
    await tags.getByRole("button", { name: "Add tag" }).click();
    await tags.getByRole("cell", { name: "Transport", exact: true }).waitFor();
    const relations = alex.getByRole("region", { name: "Relation terms" });
    await relations.getByLabel("New relation term").fill("briefed");
    await relations.getByLabel("Read by the analysis as").selectOption("SAID_TO");
    await relations.getByRole("button", { name: "Add relation term" }).click();
    await relations.getByRole("cell", { name: "briefed", exact: true }).waitFor();
    await alex.screenshot({ path: path.join(artifactsDir, "review-settings.png"), fullPage: true });

    // The owner writes an article with one claim and publishes the article: the claim is a draft.
    await alex.goto(`${app.server.url}/editor/demo`);
    await alex.getByLabel("Title").fill(TITLE);
    await alex.getByRole("textbox", { name: "Text" }).fill(TEXT);
    await alex.getByRole("button", { name: "Add article" }).click();
    await alex.waitForURL(/\/editor\/demo\/articles\/[0-9a-f-]{36}$/);
    await startClaim(alex, CLAIM);
    await alex.getByRole("form", { name: "New claim" }).getByRole("button", { name: "Create claim" }).click();
    await alex.getByRole("region", { name: "Selected claim" }).waitFor();
    const extend = alex.getByRole("region", { name: "Add to the chain" });
    await pickSource(alex, "From", "The mayor", "PERSON");
    await extend.getByLabel("The mayor told this article directly").check();
    await extend.getByLabel("Relation, The mayor to this article").selectOption("REPORTED_BY");
    await extend.getByRole("button", { name: "Add 1 hop" }).click();
    await expect.poll(() => alex.locator("ol.hops > li").count(), { timeout: 15_000 }).toBe(1);
    // Publishing the article publishes none of its claims: the editor is told so, and where.
    await expect(alex.locator("p.unpublished-claims").textContent()).resolves.toBe(
      "1 claim is not published: readers see only published claims. Publish it from Review. Open Review",
    );
    await alex
      .getByRole("button", { name: "Publish the article for readers (1 unpublished claim stays hidden)" })
      .click();
    await alex.getByRole("button", { name: "Unpublish (back to draft)" }).waitFor();
    const articleId = alex.url().split("/").pop()!;
    expect(await publicClaims(app.server.url, articleId)).toEqual([]);

    // From the queue, the owner opens the claim, tags it, names the hop in the newsroom's words
    // (the analysis reads "said to"), and submits it; they may not sign off their own change.
    await alex.goto(`${app.server.url}/editor/demo/review`);
    await queueItem(alex, "Drafts")
      .getByRole("link", { name: /^Open the claim/ })
      .click();
    await alex.waitForURL(/\/editor\/demo\/review\/[0-9a-f-]{36}$/);
    await expect(alex.locator("p.claim-statement").textContent()).resolves.toContain(CLAIM);
    await expect(alex.locator("p.claim-statement").textContent()).resolves.not.toMatch(/[“”"]/);
    const tagging = alex.getByRole("region", { name: "Tags" });
    await tagging.getByLabel("Add a tag").selectOption({ label: "Transport" });
    await tagging.getByRole("button", { name: "Tag" }).click();
    await tagging.getByRole("button", { name: "Remove tag Transport" }).waitFor();
    await alex.getByLabel("Workspace term for this hop").selectOption({ label: "briefed (said to)" });
    await alex.locator("ol.hops > li", { hasText: "(said to," }).waitFor();
    const review = alex.getByRole("region", { name: "Review" });
    await review.getByRole("button", { name: "Submit for review" }).click();
    await review.getByRole("button", { name: "Sign off" }).waitFor();
    await expect(review.getByRole("button", { name: "Sign off" }).isDisabled()).resolves.toBe(true);
    await expect(review.textContent()).resolves.toContain("in review");
    await alex.screenshot({ path: path.join(artifactsDir, "review-claim.png"), fullPage: true });

    await alex.goto(`${app.server.url}/editor/demo/review`);
    const waiting = queueItem(alex, "Waiting for review");
    await waiting.waitFor();
    await expect(waiting.getByRole("button", { name: "Sign off" }).isDisabled()).resolves.toBe(true);
    await expect(waiting.textContent()).resolves.toContain("ask another editor to sign it off");
    await expect(waiting.textContent()).resolves.toContain("submitted by Alex Owner");
    // The queue states the claim as its speaker's statement: a paraphrase is never in quotation marks.
    await expect(waiting.locator("p.claim-statement").textContent()).resolves.toContain(CLAIM);
    await expect(waiting.locator("p.claim-statement").textContent()).resolves.not.toMatch(/[“”"]/);
    await expect(waiting.getByRole("list", { name: "Tags" }).textContent()).resolves.toBe("Transport");
    await alex.screenshot({ path: path.join(artifactsDir, "review-queue-author.png"), fullPage: true });

    // The second editor sends it back with a note; the owner submits it again.
    await blake.goto(`${app.server.url}/editor/demo/review`);
    await queueItem(blake, "Waiting for review").getByRole("button", { name: "Send back" }).click();
    await blake.getByLabel("What needs to change?").fill("Name the transport office's spokesperson.");
    await blake.getByRole("button", { name: "Send back to draft" }).click();
    await queueItem(blake, "Drafts").waitFor();
    await alex.reload();
    await queueItem(alex, "Drafts").getByRole("button", { name: "Submit for review" }).click();
    await queueItem(alex, "Waiting for review").waitFor();

    // The second editor signs it off and publishes it.
    await blake.goto(`${app.server.url}/editor/demo/review`);
    const toSign = queueItem(blake, "Waiting for review");
    await toSign.waitFor();
    await expect(toSign.getByRole("button", { name: "Sign off" }).isEnabled()).resolves.toBe(true);
    await blake.screenshot({ path: path.join(artifactsDir, "review-queue.png"), fullPage: true });
    await toSign.getByRole("button", { name: "Sign off" }).click();
    const signed = queueItem(blake, "Signed off, waiting to be published");
    await signed.waitFor();
    await expect(signed.textContent()).resolves.toContain("signed off by Blake Second");
    await blake.screenshot({ path: path.join(artifactsDir, "review-queue-signed-off.png"), fullPage: true });
    expect(await publicClaims(app.server.url, articleId)).toEqual([]);

    await signed.getByRole("button", { name: "Publish" }).click();
    await expect.poll(() => signed.count(), { timeout: 15_000 }).toBe(0);
    expect(await publicClaims(app.server.url, articleId)).toEqual([CLAIM]);

    // The history tells who did what.
    const claimId = (
      await call<{ claims: Array<{ id: string }> }>(
        alex,
        app.server.url,
        "sourcing.article",
        { id: articleId },
        "query",
      )
    ).claims[0]!.id;
    const history = await call<Array<{ action: string; actor: string }>>(
      alex,
      app.server.url,
      "editing.claimHistory",
      { claimId },
      "query",
    );
    expect(history.map(({ action, actor }) => `${action} by ${actor}`)).toEqual([
      "review.publish by Blake Second",
      "review.sign_off by Blake Second",
      "review.submit by Alex Owner",
      "review.send_back by Blake Second",
      "review.submit by Alex Owner",
      "hop.relation_term by Alex Owner",
      "tag.add by Alex Owner",
      "hop.add by Alex Owner",
      "claim.create by Alex Owner",
    ]);
    await alexContext.close();
    await blakeContext.close();
  });
});
