// The weight of a public article page in bytes (not timing). The article page carries each
// claim's statement and sourcing in a few lines, once, in the list after the text; the chain,
// its hops and the diagram are on the claim page, which the panel links to. The text and the
// list are rendered from small props (app/components/reader/page-claim.ts), so the payload for
// the browser carries each claim's strings, not its markup. A 50-claim article, each claim
// relayed through two outlets, was 819,085 bytes of HTML with the chains, 374,697 without, and
// 127,136 with each claim said once (docs/PERFORMANCE.md): the budget below holds that.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/server/database/open-database";
import { createRelayArticle, createWorkspace } from "../support/factories";
import { repoRoot } from "../support/test-env";
import { type AppServer, buildApp, startAppServer } from "./support/app-server";

const BUDGET_BYTES = 135_000;
const CLAIMS = 50;

describe("the weight of a public article page", () => {
  let server: AppServer;
  let slug = "";
  beforeAll(async () => {
    buildApp();
    // The article is written into the server's data folder before the server opens it.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-e2e-"));
    const database = await openDatabase({ kind: "pglite-folder", dataDir }, { root: repoRoot });
    try {
      const workspace = await createWorkspace(database.db, "weights");
      ({ slug } = await createRelayArticle(database.db, workspace.id, {
        title: "Fifty claims",
        claimCount: CLAIMS,
        outletsPerClaim: 2,
      }));
    } finally {
      await database.close();
    }
    server = await startAppServer(dataDir);
  });
  afterAll(() => server?.stop());

  async function html(address: string): Promise<string> {
    const response = await fetch(`${server.url}${address}`);
    expect(response.status).toBe(200);
    return response.text();
  }

  it("sends a 50-claim article in under 135 KB, each claim's sourcing once, its detail one link away", async () => {
    const page = await html(`/articles/${slug}`);
    const bytes = Buffer.byteLength(page, "utf8");
    console.info(`article page of ${CLAIMS} claims: ${bytes} bytes of HTML`);
    expect(page.match(/<a [^>]*id="claim-[0-9a-f-]{36}"/g)).toHaveLength(CLAIMS);
    expect(page.match(/class="sourcing-panel /g)).toHaveLength(CLAIMS);
    // Only the HTML names the panels: the payload for the browser holds no copy of their markup.
    expect(page.match(/sourcing-panel/g)).toHaveLength(CLAIMS);
    // Every claim's sourcing summary is on the page, as recorded.
    const summaries = [...page.matchAll(/<p class="provenance-summary">([^<]+)<\/p>/g)].map((match) => match[1]);
    expect(summaries).toHaveLength(CLAIMS);
    expect(summaries.every((summary) => summary!.includes("2 reports of 1 account"))).toBe(true);
    expect(page).not.toContain("chain-diagram");
    expect(bytes).toBeLessThan(BUDGET_BYTES);

    // What the panel leaves out is on the claim page it links to.
    const claimId = /href="\/claims\/([0-9a-f-]{36})"/.exec(page)![1]!;
    const claimPage = await html(`/claims/${claimId}`);
    expect(claimPage).toContain("chain-diagram");
    expect(claimPage.match(/<table class="hops"/g)).toHaveLength(1);
  });

  it("sends the demo article of 15 claims in under 65 KB", async () => {
    const bytes = Buffer.byteLength(await html("/articles/macron-coalition-of-the-willing"), "utf8");
    console.info(`demo article page (15 claims): ${bytes} bytes of HTML`);
    // 196,951 bytes with each claim's chain, 129,804 without, 55,878 with each claim said once.
    expect(bytes).toBeLessThan(65_000);
  });
});
