// Bad input to every mutation, sent over HTTP as the editor's browser sends it: a 4xx whose
// message says what was wrong, and nothing stored (rows of every table, and row versions).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClaimDraft, listDraftHops } from "@/lib/suggestions/claim-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";
import type { Database } from "@/server/database/open-database";
import {
  countRows,
  createEditingFixture,
  type EditingFixture,
  PASSWORD,
  postOverHttp,
  TROOPS,
  type Who,
} from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

type Code = "BAD_REQUEST" | "NOT_FOUND" | "CONFLICT" | "UNAUTHORIZED" | "PAYLOAD_TOO_LARGE";
const STATUS: Record<Code, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
};

type Case = {
  name: string;
  path: string;
  who: Who;
  /** Builds the input; may first set up what the input refers to (that part is stored). */
  input: (fx: EditingFixture) => unknown | Promise<unknown>;
  code: Code;
  message: RegExp;
};

// Over every field's limit, under the request body limit (256 KiB): the schema answers.
const LONG = "x".repeat(100_000);
// Over the body limit: refused before it is parsed.
const MEGABYTE = "x".repeat(1_000_000);
const SCRIPT = "<script>alert(1)</script>";
const UNKNOWN = randomUUID();

const article = (fx: EditingFixture, fields: Record<string, unknown>) => ({
  workspaceId: fx.workspace.id,
  title: "Ministers meet",
  content: "Ministers met on Monday.",
  ...fields,
});
const claim = (fx: EditingFixture, fields: Record<string, unknown>) => ({
  articleId: fx.article.id,
  ...fx.troopsSpan(),
  kind: "PARAPHRASE",
  ...fields,
});
const update = async (fx: EditingFixture, fields: Record<string, unknown>) => ({
  claimId: fx.claim.id,
  version: await fx.claimVersion(fx.claim.id),
  ...fields,
});
const hop = async (fx: EditingFixture, fields: Record<string, unknown>) => {
  const fresh = await fx.freshClaim();
  return {
    claimId: fresh.id,
    claimVersion: fresh.version,
    fromSourceId: fx.sources.macron.id,
    toSourceId: fx.sources.journalists.id,
    relation: "SAID_TO",
    firstHand: true,
    confidence: 0.9,
    ...fields,
  };
};

// A suggestion as the editor accepts it: the draft it proposes and the hops that draft shows.
const accept = async (fx: EditingFixture, change: (draft: ClaimDraft) => ClaimDraft = (draft) => draft) => {
  const [suggestion] = await fx.callers.editor.editing.suggestClaims({ articleId: fx.article.id });
  if (!suggestion) throw new Error("the extractor suggests nothing for the seed article");
  const draft = change(proposeClaimDraft(suggestion));
  return { articleId: fx.article.id, draft, shownHops: listDraftHops(draft) };
};

const CASES: Case[] = [
  {
    name: "a hop from a source to itself",
    path: "editing.addHop",
    who: "editor",
    input: (fx) => hop(fx, { toSourceId: fx.sources.macron.id }),
    code: "BAD_REQUEST",
    message: /goes from "Emmanuel Macron" to itself/,
  },
  {
    name: "a script as the suggested speaker",
    path: "editing.acceptSuggestion",
    who: "editor",
    input: (fx) => accept(fx, (draft) => ({ ...draft, speaker: { name: SCRIPT, type: "PERSON" }, steps: [] })),
    code: "BAD_REQUEST",
    message: /cannot contain < or >/,
  },
  {
    name: "a javascript: evidence link",
    path: "editing.addHop",
    who: "editor",
    input: (fx) => hop(fx, { evidenceUrl: "javascript:alert(document.cookie)" }),
    code: "BAD_REQUEST",
    message: /starting with https:\/\//,
  },
  {
    name: "a javascript: source URL",
    path: "sources.findOrCreate",
    who: "editor",
    input: (fx) => ({ workspaceId: fx.workspace.id, name: "Evil Outlet", type: "OUTLET", url: "javascript:alert(1)" }),
    code: "BAD_REQUEST",
    message: /starting with https:\/\//,
  },
  {
    name: "a data: article URL",
    path: "editing.createArticle",
    who: "editor",
    input: (fx) => article(fx, { url: "data:text/html,<script>alert(1)</script>" }),
    code: "BAD_REQUEST",
    message: /starting with https:\/\//,
  },
  {
    name: "the last owner demoting themselves",
    path: "workspaces.setRole",
    who: "owner",
    input: (fx) => ({ workspaceId: fx.workspace.id, userId: fx.users.owner.userId, role: "VIEWER" }),
    code: "CONFLICT",
    message: /last owner/,
  },
  {
    name: "an HTML article of only an invisible character",
    path: "editing.createArticle",
    who: "editor",
    input: (fx) => article(fx, { content: "<p>&#8203;</p>", contentType: "html" }),
    code: "BAD_REQUEST",
    message: /no text once its markup is removed/,
  },
  // editing.createArticle
  {
    name: "article text that is only blanks",
    path: "editing.createArticle",
    who: "editor",
    input: (fx) => article(fx, { content: "  \n\t \r\n " }),
    code: "BAD_REQUEST",
    message: /the article text is empty/,
  },
  {
    name: "an HTML upload that is nothing but markup",
    path: "editing.createArticle",
    who: "editor",
    input: (fx) =>
      article(fx, {
        contentType: "html",
        content: `<html><head><title>Hidden</title></head><body><script>alert(1)</script><style>p { color: red }</style><p> &nbsp; </p><!-- draft --></body></html>`,
      }),
    code: "BAD_REQUEST",
    message: /the article has no text once its markup is removed/,
  },
  {
    name: "a title of 10,000 characters",
    path: "editing.createArticle",
    who: "editor",
    input: (fx) => article(fx, { title: "T".repeat(10_000) }),
    code: "BAD_REQUEST",
    message: /title: the title is at most 300 characters/,
  },
  {
    name: "a script in the title",
    path: "editing.createArticle",
    who: "editor",
    input: (fx) => article(fx, { title: SCRIPT }),
    code: "BAD_REQUEST",
    message: /the title cannot contain < or >/,
  },
  {
    name: "a script as publisher",
    path: "editing.createArticle",
    who: "editor",
    input: (fx) => article(fx, { publisher: SCRIPT }),
    code: "BAD_REQUEST",
    message: /the publisher cannot contain < or >/,
  },
  {
    name: "a malformed workspace id",
    path: "editing.createArticle",
    who: "editor",
    input: (fx) => article(fx, { workspaceId: "europe-desk" }),
    code: "BAD_REQUEST",
    message: /workspaceId must be a UUID/,
  },
  {
    name: "an unknown workspace id",
    path: "editing.createArticle",
    who: "editor",
    input: (fx) => article(fx, { workspaceId: UNKNOWN }),
    code: "NOT_FOUND",
    message: /no such item/,
  },
  {
    name: "an unknown content type",
    path: "editing.createArticle",
    who: "editor",
    input: (fx) => article(fx, { contentType: "pdf" }),
    code: "BAD_REQUEST",
    message: /contentType/,
  },

  // editing.setArticleStatus
  {
    name: "a malformed article id",
    path: "editing.setArticleStatus",
    who: "editor",
    input: () => ({ articleId: "42", status: "PUBLISHED" }),
    code: "BAD_REQUEST",
    message: /articleId must be a UUID/,
  },
  {
    name: "an unknown article id",
    path: "editing.setArticleStatus",
    who: "editor",
    input: () => ({ articleId: UNKNOWN, status: "PUBLISHED" }),
    code: "NOT_FOUND",
    message: /no such item/,
  },
  {
    name: "an unknown status",
    path: "editing.setArticleStatus",
    who: "editor",
    input: (fx) => ({ articleId: fx.article.id, status: "ARCHIVED" }),
    code: "BAD_REQUEST",
    message: /status/,
  },

  // editing.createClaim
  {
    name: "a span past the end of the body",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) =>
      claim(fx, { start: fx.article.body.length - 5, end: fx.article.body.length + 20, exact: "x".repeat(25) }),
    code: "BAD_REQUEST",
    message: /span \d+–\d+ is outside the article text \(0–\d+\); re-select the claim/,
  },
  {
    name: "a span whose words are not the body's",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) => claim(fx, { exact: TROOPS.toUpperCase() }),
    code: "BAD_REQUEST",
    message: /span \d+–\d+ does not match the article text; the article may have been edited — re-select the claim/,
  },
  {
    name: "a span that ends before it starts",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) => claim(fx, { start: 100, end: 90, exact: "x".repeat(10) }),
    code: "BAD_REQUEST",
    message: /span 100–90 is empty or reversed: the end must come after the start/,
  },
  {
    name: "an empty span",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) => claim(fx, { start: 100, end: 100, exact: "x" }),
    code: "BAD_REQUEST",
    message: /span 100–100 is empty or reversed/,
  },
  {
    name: "a negative start",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) => claim(fx, { start: -1 }),
    code: "BAD_REQUEST",
    message: /start/,
  },
  {
    name: "an unknown article",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) => claim(fx, { articleId: UNKNOWN }),
    code: "NOT_FOUND",
    message: /no such item/,
  },
  {
    name: "a malformed article id",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) => claim(fx, { articleId: "the-troops-article" }),
    code: "BAD_REQUEST",
    message: /articleId must be a UUID/,
  },
  {
    name: "a speaker from another workspace",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) => claim(fx, { speakerId: fx.otherSource.id }),
    code: "BAD_REQUEST",
    message: /the speaker .* is not a source of this workspace/,
  },
  {
    name: "an unknown speaker",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) => claim(fx, { speakerId: UNKNOWN }),
    code: "BAD_REQUEST",
    message: new RegExp(`the speaker ${UNKNOWN} is not a source of this workspace`),
  },
  {
    name: "a claim of 10,001 characters",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) => claim(fx, { exact: "x".repeat(10_001) }),
    code: "BAD_REQUEST",
    message: /a claim is at most 10,000 characters/,
  },
  {
    name: "a cue of 100,000 characters",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) => claim(fx, { cue: LONG }),
    code: "BAD_REQUEST",
    message: /the cue is at most 500 characters/,
  },
  {
    name: "a cue of a megabyte",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) => claim(fx, { cue: MEGABYTE }),
    code: "PAYLOAD_TOO_LARGE",
    message: /larger than 256 KiB, the limit for editing\.createClaim/,
  },
  {
    name: "an unknown kind",
    path: "editing.createClaim",
    who: "editor",
    input: (fx) => claim(fx, { kind: "RUMOUR" }),
    code: "BAD_REQUEST",
    message: /kind/,
  },

  // editing.updateClaim
  {
    name: "a cue of 100,000 characters",
    path: "editing.updateClaim",
    who: "editor",
    input: (fx) => update(fx, { cue: LONG }),
    code: "BAD_REQUEST",
    message: /the cue is at most 500 characters/,
  },
  {
    name: "an unknown claim",
    path: "editing.updateClaim",
    who: "editor",
    input: () => ({ claimId: UNKNOWN, version: 1, note: "checked" }),
    code: "NOT_FOUND",
    message: /no such item/,
  },
  {
    name: "a malformed claim id",
    path: "editing.updateClaim",
    who: "editor",
    input: () => ({ claimId: "troops", version: 1, note: "checked" }),
    code: "BAD_REQUEST",
    message: /claimId must be a UUID/,
  },
  {
    name: "a speaker from another workspace",
    path: "editing.updateClaim",
    who: "editor",
    input: (fx) => update(fx, { speakerId: fx.otherSource.id }),
    code: "BAD_REQUEST",
    message: /the speaker .* is not a source of this workspace/,
  },
  {
    name: "a version that is not the latest",
    path: "editing.updateClaim",
    who: "editor",
    input: async (fx) => update(fx, { version: (await fx.claimVersion(fx.claim.id)) - 1, note: "late" }),
    code: "CONFLICT",
    message: /someone else saved this claim \(version \d+/,
  },
  {
    name: "version 0",
    path: "editing.updateClaim",
    who: "editor",
    input: (fx) => update(fx, { version: 0 }),
    code: "BAD_REQUEST",
    message: /version/,
  },

  // editing.deleteClaim
  {
    name: "an unknown claim",
    path: "editing.deleteClaim",
    who: "editor",
    input: () => ({ claimId: UNKNOWN, version: 1 }),
    code: "NOT_FOUND",
    message: /no such item/,
  },
  {
    name: "a malformed claim id",
    path: "editing.deleteClaim",
    who: "editor",
    input: () => ({ claimId: "1", version: 1 }),
    code: "BAD_REQUEST",
    message: /claimId must be a UUID/,
  },
  {
    name: "a version that is not the latest",
    path: "editing.deleteClaim",
    who: "editor",
    input: async (fx) => ({ claimId: fx.claim.id, version: (await fx.claimVersion(fx.claim.id)) - 1 }),
    code: "CONFLICT",
    message: /someone else saved this claim/,
  },

  // editing.addHop
  {
    name: "confidence 1.5",
    path: "editing.addHop",
    who: "editor",
    input: (fx) => hop(fx, { confidence: 1.5 }),
    code: "BAD_REQUEST",
    message: /confidence: confidence is between 0 and 1/,
  },
  {
    name: "confidence -0.1",
    path: "editing.addHop",
    who: "editor",
    input: (fx) => hop(fx, { confidence: -0.1 }),
    code: "BAD_REQUEST",
    message: /confidence: confidence is between 0 and 1/,
  },
  {
    name: "a hop that closes a cycle (journalists → Macron after Macron → journalists)",
    path: "editing.addHop",
    who: "editor",
    input: async (fx) => {
      const first = await fx.freshHop();
      return {
        ...(await hop(fx, {})),
        claimId: first.claimId,
        claimVersion: first.claimVersion,
        fromSourceId: fx.sources.journalists.id,
        toSourceId: fx.sources.macron.id,
      };
    },
    code: "BAD_REQUEST",
    message:
      /The attribution goes round in a circle: (Emmanuel Macron → journalists from regional French newspapers → Emmanuel Macron|journalists from regional French newspapers → Emmanuel Macron → journalists from regional French newspapers)/,
  },
  {
    name: "a hop from a source of another workspace",
    path: "editing.addHop",
    who: "editor",
    input: (fx) => hop(fx, { fromSourceId: fx.otherSource.id }),
    code: "BAD_REQUEST",
    message: /the source the hop starts from .* is not a source of this workspace/,
  },
  {
    name: "a hop to a source of another workspace",
    path: "editing.addHop",
    who: "editor",
    input: (fx) => hop(fx, { toSourceId: fx.otherSource.id }),
    code: "BAD_REQUEST",
    message: /the source the hop leads to .* is not a source of this workspace/,
  },
  {
    name: "an unknown source",
    path: "editing.addHop",
    who: "editor",
    input: (fx) => hop(fx, { fromSourceId: UNKNOWN }),
    code: "BAD_REQUEST",
    message: new RegExp(`${UNKNOWN} is not a source of this workspace`),
  },
  {
    name: "an unknown claim",
    path: "editing.addHop",
    who: "editor",
    input: async (fx) => ({ ...(await hop(fx, {})), claimId: UNKNOWN }),
    code: "NOT_FOUND",
    message: /no such item/,
  },
  {
    name: "a malformed target source id",
    path: "editing.addHop",
    who: "editor",
    input: (fx) => hop(fx, { toSourceId: "le-parisien" }),
    code: "BAD_REQUEST",
    message: /toSourceId must be a UUID/,
  },
  {
    name: "an evidence quote of 100,000 characters",
    path: "editing.addHop",
    who: "editor",
    input: (fx) => hop(fx, { evidenceQuote: LONG }),
    code: "BAD_REQUEST",
    message: /the evidence quote is at most 5000 characters/,
  },
  {
    name: "an evidence link that is not a URL",
    path: "editing.addHop",
    who: "editor",
    input: (fx) => hop(fx, { evidenceUrl: "ladepeche" }),
    code: "BAD_REQUEST",
    message: /enter a full URL/,
  },
  {
    name: "an unknown relation",
    path: "editing.addHop",
    who: "editor",
    input: (fx) => hop(fx, { relation: "WHISPERED_TO" }),
    code: "BAD_REQUEST",
    message: /relation/,
  },

  // editing.acceptSuggestion
  {
    name: "a malformed article id",
    path: "editing.acceptSuggestion",
    who: "editor",
    input: async (fx) => ({ ...(await accept(fx)), articleId: "seed" }),
    code: "BAD_REQUEST",
    message: /articleId must be a UUID/,
  },
  {
    name: "an unknown article",
    path: "editing.acceptSuggestion",
    who: "editor",
    input: async (fx) => ({ ...(await accept(fx)), articleId: UNKNOWN }),
    code: "NOT_FOUND",
    message: /no such item/,
  },
  {
    name: "a suggestion whose words are no longer the body's",
    path: "editing.acceptSuggestion",
    who: "editor",
    input: (fx) => accept(fx, (draft) => ({ ...draft, text: draft.text.toUpperCase() })),
    code: "BAD_REQUEST",
    message: /does not match the article text; the article may have been edited — re-select the claim/,
  },
  {
    name: "a suggestion whose text is not as long as its span",
    path: "editing.acceptSuggestion",
    who: "editor",
    input: (fx) => accept(fx, (draft) => ({ ...draft, end: draft.end + 5 })),
    code: "BAD_REQUEST",
    message: /the claim's words must be the span's text/,
  },
  {
    name: "a chain other than the one shown",
    path: "editing.acceptSuggestion",
    who: "editor",
    input: async (fx) => ({ ...(await accept(fx)), shownHops: [] }),
    code: "BAD_REQUEST",
    message: /the chain shown is not the chain this suggestion would save/,
  },

  // editing.reviseArticle
  {
    name: "a malformed article id",
    path: "editing.reviseArticle",
    who: "editor",
    input: () => ({ articleId: "seed", content: "New text." }),
    code: "BAD_REQUEST",
    message: /articleId must be a UUID/,
  },
  {
    name: "an unknown article",
    path: "editing.reviseArticle",
    who: "editor",
    input: () => ({ articleId: UNKNOWN, content: "New text." }),
    code: "NOT_FOUND",
    message: /no such item/,
  },
  {
    name: "an empty new text",
    path: "editing.reviseArticle",
    who: "editor",
    input: (fx) => ({ articleId: fx.article.id, content: "" }),
    code: "BAD_REQUEST",
    message: /the new text is empty/,
  },
  {
    name: "a new text that is only blanks",
    path: "editing.reviseArticle",
    who: "editor",
    input: (fx) => ({ articleId: fx.article.id, content: " \n\t " }),
    code: "BAD_REQUEST",
    message: /empty|no text/,
  },
  {
    name: "an HTML revision that is nothing but markup",
    path: "editing.reviseArticle",
    who: "editor",
    input: (fx) => ({ articleId: fx.article.id, content: `<script>alert(1)</script><p></p>`, contentType: "html" }),
    code: "BAD_REQUEST",
    message: /no text once its markup is removed/,
  },
  {
    name: "a script in the new title",
    path: "editing.reviseArticle",
    who: "editor",
    input: (fx) => ({ articleId: fx.article.id, content: "New text.", title: SCRIPT }),
    code: "BAD_REQUEST",
    message: /the title cannot contain < or >/,
  },

  // editing.resolveAnchor
  {
    name: "an unknown claim",
    path: "editing.resolveAnchor",
    who: "editor",
    input: (fx) => ({ claimId: UNKNOWN, version: 1, span: fx.troopsSpan() }),
    code: "NOT_FOUND",
    message: /no such item/,
  },
  {
    name: "a span whose words are not the body's",
    path: "editing.resolveAnchor",
    who: "editor",
    input: async (fx) => ({
      claimId: fx.claim.id,
      version: await fx.claimVersion(fx.claim.id),
      span: { ...fx.troopsSpan(), exact: TROOPS.toUpperCase() },
    }),
    code: "BAD_REQUEST",
    message: /does not match the article text; the article may have been edited — re-select the claim/,
  },
  {
    name: "a version that is not the latest",
    path: "editing.resolveAnchor",
    who: "editor",
    input: async (fx) => ({
      claimId: fx.claim.id,
      version: (await fx.claimVersion(fx.claim.id)) - 1,
      span: fx.troopsSpan(),
    }),
    code: "CONFLICT",
    message: /someone else saved this claim/,
  },

  // editing.removeHop
  {
    name: "an unknown hop",
    path: "editing.removeHop",
    who: "editor",
    input: () => ({ hopId: UNKNOWN, claimVersion: 1 }),
    code: "NOT_FOUND",
    message: /no such item/,
  },
  {
    name: "a malformed hop id",
    path: "editing.removeHop",
    who: "editor",
    input: () => ({ hopId: "first", claimVersion: 1 }),
    code: "BAD_REQUEST",
    message: /hopId must be a UUID/,
  },
  {
    name: "a claim version that is not the latest",
    path: "editing.removeHop",
    who: "editor",
    input: async (fx) => ({ hopId: fx.hop.id, claimVersion: (await fx.claimVersion(fx.claim.id)) - 1 }),
    code: "CONFLICT",
    message: /someone else saved this claim/,
  },

  // sources.findOrCreate
  {
    name: "a script as source name",
    path: "sources.findOrCreate",
    who: "editor",
    input: (fx) => ({ workspaceId: fx.workspace.id, name: SCRIPT, type: "PERSON" }),
    code: "BAD_REQUEST",
    message: /the source name cannot contain < or >/,
  },
  {
    name: "a source name without letters",
    path: "sources.findOrCreate",
    who: "editor",
    input: (fx) => ({ workspaceId: fx.workspace.id, name: "!!! ???", type: "PERSON" }),
    code: "BAD_REQUEST",
    message: /a source name needs letters or digits/,
  },
  {
    name: "an empty source name",
    path: "sources.findOrCreate",
    who: "editor",
    input: (fx) => ({ workspaceId: fx.workspace.id, name: "   ", type: "PERSON" }),
    code: "BAD_REQUEST",
    message: /the source name cannot be empty/,
  },
  {
    name: "a source name of 10,000 characters",
    path: "sources.findOrCreate",
    who: "editor",
    input: (fx) => ({ workspaceId: fx.workspace.id, name: "N".repeat(10_000), type: "PERSON" }),
    code: "BAD_REQUEST",
    message: /the source name is at most 200 characters/,
  },
  {
    name: "an unknown source type",
    path: "sources.findOrCreate",
    who: "editor",
    input: (fx) => ({ workspaceId: fx.workspace.id, name: "Merlin", type: "WIZARD" }),
    code: "BAD_REQUEST",
    message: /type/,
  },
  {
    name: "an unknown workspace",
    path: "sources.findOrCreate",
    who: "editor",
    input: () => ({ workspaceId: UNKNOWN, name: "Reuters", type: "OUTLET" }),
    code: "NOT_FOUND",
    message: /no such item/,
  },

  // sources.setStanding
  {
    name: "an unknown source",
    path: "sources.setStanding",
    who: "editor",
    input: () => ({ sourceId: UNKNOWN, version: 1, standing: "RETRACTED" }),
    code: "NOT_FOUND",
    message: /no such item/,
  },
  {
    name: "a malformed source id",
    path: "sources.setStanding",
    who: "editor",
    input: () => ({ sourceId: "le-parisien", version: 1, standing: "RETRACTED" }),
    code: "BAD_REQUEST",
    message: /sourceId must be a UUID/,
  },
  {
    name: "a source version that is not the latest",
    path: "sources.setStanding",
    who: "editor",
    input: async (fx) => {
      const version = await fx.sourceVersion(fx.sources.depeche.id);
      await fx.callers.editor.sources.setStanding({ sourceId: fx.sources.depeche.id, version, standing: "ACTIVE" });
      return { sourceId: fx.sources.depeche.id, version, standing: "RETRACTED" };
    },
    code: "CONFLICT",
    message: /someone else changed this source \(now version \d+\)/,
  },
  {
    name: "an unknown standing",
    path: "sources.setStanding",
    who: "editor",
    input: (fx) => ({ sourceId: fx.sources.depeche.id, version: 1, standing: "DELETED" }),
    code: "BAD_REQUEST",
    message: /standing/,
  },

  // workspaces.create
  {
    name: "a slug with spaces and punctuation",
    path: "workspaces.create",
    who: "editor",
    input: () => ({ name: "My Desk", slug: "my desk!" }),
    code: "BAD_REQUEST",
    message: /slug: use lowercase letters, digits and single dashes/,
  },
  {
    name: "a one-letter slug",
    path: "workspaces.create",
    who: "editor",
    input: () => ({ name: "My Desk", slug: "a" }),
    code: "BAD_REQUEST",
    message: /a workspace address needs at least 2 characters/,
  },
  {
    name: "a taken slug",
    path: "workspaces.create",
    who: "editor",
    input: (fx) => ({ name: "Another Desk", slug: fx.workspace.slug }),
    code: "CONFLICT",
    message: /the address "europe-desk" is taken; choose another/,
  },
  {
    name: "a taken slug in capitals",
    path: "workspaces.create",
    who: "editor",
    input: () => ({ name: "Another Desk", slug: "EUROPE-DESK" }),
    code: "CONFLICT",
    message: /is taken/,
  },
  {
    name: "a script as workspace name",
    path: "workspaces.create",
    who: "editor",
    input: () => ({ name: SCRIPT, slug: "scripted" }),
    code: "BAD_REQUEST",
    message: /names cannot contain < or >/,
  },
  {
    name: "a workspace name of 10,000 characters",
    path: "workspaces.create",
    who: "editor",
    input: () => ({ name: "W".repeat(10_000), slug: "long-name" }),
    code: "BAD_REQUEST",
    message: /names are at most 120 characters/,
  },

  // workspaces.invite, setRole, removeMember, leave, answerInvitation
  {
    name: "an address that is a member already",
    path: "workspaces.invite",
    who: "owner",
    input: (fx) => ({ workspaceId: fx.workspace.id, email: fx.users.editor.email, role: "VIEWER" }),
    code: "CONFLICT",
    message: /is a member already; change their role in the team list/,
  },
  {
    name: "the last owner removed",
    path: "workspaces.removeMember",
    who: "owner",
    input: (fx) => ({ workspaceId: fx.workspace.id, userId: fx.users.owner.userId }),
    code: "CONFLICT",
    message: /last owner/,
  },
  {
    name: "the last owner leaving",
    path: "workspaces.leave",
    who: "owner",
    input: (fx) => ({ workspaceId: fx.workspace.id }),
    code: "CONFLICT",
    message: /last owner; make someone else owner first/,
  },
  {
    name: "a role for someone who is not a member",
    path: "workspaces.setRole",
    who: "owner",
    input: (fx) => ({ workspaceId: fx.workspace.id, userId: fx.users.outsider.userId, role: "EDITOR" }),
    code: "NOT_FOUND",
    message: /no such member of this workspace/,
  },
  {
    name: "an invitation link that does not exist",
    path: "workspaces.answerInvitation",
    who: "outsider",
    input: () => ({ token: "A".repeat(43), accept: true }),
    code: "NOT_FOUND",
    message: /this invitation link no longer works/,
  },
  {
    name: "an invitation's id instead of its link",
    path: "workspaces.answerInvitation",
    who: "outsider",
    input: () => ({ token: UNKNOWN, accept: true }),
    code: "BAD_REQUEST",
    message: /this is not an invitation link: copy the whole link from the mail/,
  },
  {
    name: "an email that is not one",
    path: "workspaces.invite",
    who: "owner",
    input: (fx) => ({ workspaceId: fx.workspace.id, email: "eddie", role: "EDITOR" }),
    code: "BAD_REQUEST",
    message: /enter a valid email address/,
  },
  {
    name: "an unknown role",
    path: "workspaces.invite",
    who: "owner",
    input: (fx) => ({ workspaceId: fx.workspace.id, email: fx.users.outsider.email, role: "ADMIN" }),
    code: "BAD_REQUEST",
    message: /role/,
  },
  {
    name: "an unknown workspace",
    path: "workspaces.invite",
    who: "owner",
    input: (fx) => ({ workspaceId: UNKNOWN, email: fx.users.outsider.email, role: "VIEWER" }),
    code: "NOT_FOUND",
    message: /no such item/,
  },

  // auth.signUp and auth.signIn (an email that has an account is not refused: sign-up answers
  // every address alike, tests/integration/sign-up-enumeration.test.ts)
  {
    name: "a script as user name",
    path: "auth.signUp",
    who: "anonymous",
    input: () => ({ email: "mallory@newsroom.example", name: SCRIPT, password: PASSWORD }),
    code: "BAD_REQUEST",
    message: /names cannot contain < or >/,
  },
  {
    name: "a short password",
    path: "auth.signUp",
    who: "anonymous",
    input: () => ({ email: "shorty@newsroom.example", name: "Shorty", password: "hunter2" }),
    code: "BAD_REQUEST",
    message: /passwords need at least 10 characters/,
  },
  {
    name: "an email that is not one",
    path: "auth.signUp",
    who: "anonymous",
    input: () => ({ email: "not-an-email", name: "Nobody", password: PASSWORD }),
    code: "BAD_REQUEST",
    message: /enter a valid email address/,
  },
  {
    name: "a wrong password",
    path: "auth.signIn",
    who: "anonymous",
    input: (fx) => ({ email: fx.users.editor.email, password: "not the password" }),
    code: "UNAUTHORIZED",
    message: /^wrong email or password$/,
  },
  {
    name: "an unknown email",
    path: "auth.signIn",
    who: "anonymous",
    input: () => ({ email: "nobody@newsroom.example", password: PASSWORD }),
    code: "UNAUTHORIZED",
    message: /^wrong email or password$/,
  },
];

describe.each(testEngines())("bad input to the mutations, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
  });
  afterAll(() => database.close());

  it.each(CASES)("$path refuses $name", async ({ path, who, input, code, message }) => {
    const sent = await input(fx);
    const before = await countRows(fx.db);
    const answer = await postOverHttp(fx, who, path, sent);
    expect(answer).toMatchObject({ status: STATUS[code], code });
    expect(answer.message).toMatch(message);
    // The one line a person reads, not a dump of validation issues.
    expect(answer.message).not.toMatch(/^\s*[[{]/);
    expect(await countRows(fx.db)).toEqual(before);
  });

  it("tells the client which version is current when a save comes too late", async () => {
    const current = await fx.claimVersion(fx.claim.id);
    const answer = await postOverHttp(fx, "editor", "editing.updateClaim", {
      claimId: fx.claim.id,
      version: current - 1,
      note: "late",
    });
    expect(answer).toMatchObject({ status: 409, code: "CONFLICT", details: { currentVersion: current } });
  });

  it("gives one answer for a wrong password and an unknown email, so accounts cannot be probed", async () => {
    const wrongPassword = await postOverHttp(fx, "anonymous", "auth.signIn", {
      email: fx.users.owner.email,
      password: "not the password",
    });
    const unknownEmail = await postOverHttp(fx, "anonymous", "auth.signIn", {
      email: "stranger@newsroom.example",
      password: "not the password",
    });
    expect(wrongPassword).toEqual(unknownEmail);
    expect(wrongPassword).toEqual({
      status: 401,
      code: "UNAUTHORIZED",
      message: "wrong email or password",
      details: null,
    });
  });

  it("reduces an uploaded HTML article to its text: no script, no style, no tags", async () => {
    const html = [
      "<!doctype html><html><head><title>Page title</title><style>body { font-family: serif }</style></head><body>",
      "<h1>Macron details the support force</h1>",
      '<script type="text/javascript">document.cookie = "stolen"; alert(1)</script>',
      "<STYLE>.ad { display: none }</STYLE>",
      '<p>As reported by <a href="https://www.ladepeche.fr/">La D&eacute;p&ecirc;che</a> and <b>Le Parisien</b>, troops could go to &ldquo;key points&rdquo;.</p>',
      '<p><img src="x" onerror="alert(2)">Kyiv &amp; London agree.</p>',
      "</body></html>",
    ].join("\n");
    const created = await fx.callers.editor.editing.createArticle({
      workspaceId: fx.workspace.id,
      title: "Uploaded page",
      content: html,
      contentType: "html",
    });
    const { body } = await fx.callers.editor.articles.bySlug({ id: created.id });
    expect(body).toContain("Macron details the support force");
    expect(body).toContain("Le Parisien, troops could go to “key points”.");
    expect(body).toContain("Kyiv & London agree.");
    for (const leftover of [
      "<",
      ">",
      "alert",
      "document.cookie",
      "font-family",
      "display",
      "onerror",
      "Page title",
      "href",
    ])
      expect(body).not.toContain(leftover);
  });
});
