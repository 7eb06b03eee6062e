// Inputs and outputs of the source-record procedures (sources as records: aliases, reliability,
// links, merges, archived captures), shared by the source pages' forms and the procedures.
import { z } from "zod";
import { IsoDate } from "../articles/schemas";
import { SafeName } from "../editing/schemas";
import { CursorInput } from "../pagination/keyset-cursor";
import { Uuid, Version } from "../record-ids";
import { ReliabilityRating, SourceLinkKind, SourceType, StandingStatus } from "../vocabulary";
import {
  captureByteLength,
  isBase64,
  isContentType,
  MAX_CAPTURE_BYTES,
  MAX_CAPTURE_CHARS,
  tooLargeMessage,
} from "./capture";

const Url = (what: string) =>
  z
    .string()
    .trim()
    .max(2000, `${what} is at most 2000 characters`)
    .url(`${what}: enter a full URL, starting with https://`)
    .refine((value) => /^https?:\/\//i.test(value), `${what}: use an http or https address`);
/** Absent, null or "" all mean "none". */
const OptionalUrl = (what: string) =>
  z
    .union([z.literal("").transform(() => null), Url(what)])
    .nullish()
    .transform((value) => value ?? null);

// ───── inputs ─────

export const SourceRecordInput = z.object({ sourceId: Uuid("sourceId") });

export const ListSourceRecordsInput = z.object({
  workspaceId: Uuid("workspaceId"),
  /** Also list sources merged into others (greyed out in the list). */
  includeMerged: z.boolean().default(false),
  /** Words of a name or alias (folded like source names); empty: every source. */
  query: z.string().trim().max(200, "a search is at most 200 characters").default(""),
  /** `nextCursor` of the previous page. */
  cursor: CursorInput.optional(),
  limit: z.number().int().min(1).max(500).default(200),
});

export const AddAliasInput = z.object({ sourceId: Uuid("sourceId"), name: SafeName("the alias") });
export type AddAliasInput = z.input<typeof AddAliasInput>;

export const RemoveAliasInput = z.object({ sourceId: Uuid("sourceId"), aliasId: Uuid("aliasId") });

const Language = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "the language is a code such as fr, en or pt-BR")
  .max(35, "the language is a code such as fr, en or pt-BR");
const Country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "the country is a two-letter ISO code such as FR, GB or UA");
const OptionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${what} is at most ${max} characters`)
    .nullable()
    .transform((value) => value || null);
const Clearable = <T extends z.ZodType<string>>(schema: T) =>
  z.union([z.literal("").transform(() => null), z.null(), schema]);

export const SetSourceDetailsInput = z
  .object({
    sourceId: Uuid("sourceId"),
    /** The version the editor read: a newer one means someone else saved in between. */
    version: Version(),
    type: SourceType.optional(),
    language: Clearable(Language).optional(),
    country: Clearable(Country).optional(),
    url: Clearable(Url("the source's address")).optional(),
    /** For members only: never on a public page, the public API or an export. */
    notes: OptionalText("the internal note", 5000).optional(),
    /** Shown to readers wherever the source is public (a published claim uses it). */
    publicNote: OptionalText("the public note", 2000).optional(),
  })
  .refine(
    (input) =>
      ["type", "language", "country", "url", "notes", "publicNote"].some(
        (key) => input[key as keyof typeof input] !== undefined,
      ),
    {
      message: "nothing to change: give at least one of type, language, country, url, notes or publicNote",
    },
  );
export type SetSourceDetailsInput = z.input<typeof SetSourceDetailsInput>;

export const AddAssessmentInput = z.object({
  sourceId: Uuid("sourceId"),
  rating: ReliabilityRating,
  reason: z
    .string()
    .trim()
    .min(3, "say why you rate the source this way, so the next editor can weigh it")
    .max(2000, "the reason is at most 2000 characters"),
});
export type AddAssessmentInput = z.input<typeof AddAssessmentInput>;

export const AddLinkInput = z
  .object({
    sourceId: Uuid("sourceId"),
    otherSourceId: Uuid("otherSourceId"),
    kind: SourceLinkKind,
    /** outgoing: "<source> speaks for <other>"; incoming: "<other> speaks for <source>". */
    direction: z.enum(["outgoing", "incoming"]).default("outgoing"),
  })
  .refine((input) => input.sourceId !== input.otherSourceId, {
    message: "a source cannot be linked to itself; pick the other person or organisation",
    path: ["otherSourceId"],
  });
export type AddLinkInput = z.input<typeof AddLinkInput>;

export const RemoveLinkInput = z.object({ sourceId: Uuid("sourceId"), linkId: Uuid("linkId") });

export const MergeSourcesInput = z
  .object({
    /** The source that stays. */
    sourceId: Uuid("sourceId"),
    /** The duplicate: everything that refers to it moves to `sourceId`. */
    duplicateId: Uuid("duplicateId"),
  })
  .refine((input) => input.sourceId !== input.duplicateId, {
    message: "a source cannot be merged into itself; pick the duplicate to fold into this one",
    path: ["duplicateId"],
  });
export type MergeSourcesInput = z.input<typeof MergeSourcesInput>;

/** Undo the merge of this (merged) source. */
export const UnmergeSourceInput = z.object({ sourceId: Uuid("sourceId") });

const SnapshotTarget = {
  /** A capture of the source's own page… */
  sourceId: Uuid("sourceId").optional(),
  /** …or of a hop's evidence. */
  hopId: Uuid("hopId").optional(),
};
const exactlyOneTarget = (input: { sourceId?: string; hopId?: string }) =>
  Boolean(input.sourceId) !== Boolean(input.hopId);
export const ONE_TARGET =
  "give exactly one of sourceId (a capture of the source's page) or hopId (a capture of a hop's evidence)";

export const AddSnapshotInput = z
  .object({
    ...SnapshotTarget,
    /** The page that was captured; defaults to the source's URL or the hop's evidence URL. */
    originalUrl: OptionalUrl("the captured page's address"),
    /** Where a public archive keeps it (web.archive.org, archive.today); defaults to the hop's archive URL. */
    archiveUrl: OptionalUrl("the archive address"),
    capturedAt: z
      .string()
      .datetime({ offset: true, message: "the capture time is a date and time, such as 2025-03-02T09:30:00Z" })
      .nullish()
      .transform((value) => value ?? null),
    contentType: z
      .string()
      .trim()
      .refine(isContentType, "the content type is a media type such as text/html or application/pdf")
      .default("text/plain"),
    /** Pasted text or HTML as it is (`encoding: "text"`, stored as UTF-8), or a file's bytes in base64. */
    content: z.string().max(MAX_CAPTURE_CHARS, tooLargeMessage(null)).default(""),
    encoding: z.enum(["text", "base64"]).default("text"),
    /** The sha256 (hex) the browser computed, checked against what arrived. */
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, "sha256 is 64 hexadecimal digits")
      .transform((value) => value.toLowerCase())
      .nullish()
      .transform((value) => value ?? null),
  })
  .superRefine((input, ctx) => {
    if (!exactlyOneTarget(input)) ctx.addIssue({ code: "custom", message: ONE_TARGET });
    if (input.encoding === "base64" && !isBase64(input.content)) {
      ctx.addIssue({
        code: "custom",
        path: ["content"],
        message: "the upload is not valid base64; choose the file again",
      });
      return;
    }
    const bytes = captureByteLength(input.content, input.encoding);
    if (bytes > MAX_CAPTURE_BYTES) ctx.addIssue({ code: "custom", path: ["content"], message: tooLargeMessage(bytes) });
    if (bytes === 0 && !input.archiveUrl) {
      ctx.addIssue({
        code: "custom",
        path: ["content"],
        message: "paste the page's text or HTML, upload a file, or give an archive address",
      });
    }
  });
export type AddSnapshotInput = z.input<typeof AddSnapshotInput>;

export const ListSnapshotsInput = z.object(SnapshotTarget).refine(exactlyOneTarget, { message: ONE_TARGET });

// ───── outputs ─────

const Person = z.object({ id: z.string(), name: z.string() });
const SourceBrief = z.object({ id: z.string(), name: z.string(), type: SourceType });

export const SnapshotMeta = z.object({
  id: z.string(),
  sourceId: z.string().nullable(),
  hopId: z.string().nullable(),
  originalUrl: z.string().nullable(),
  archiveUrl: z.string().nullable(),
  /** As the editor entered it or the file stated it (lib/sources/stated-capture-time.ts); null when not recorded. */
  capturedAt: IsoDate.nullable(),
  contentType: z.string(),
  byteLength: z.number().int(),
  /** sha256 of the stored bytes, hex. */
  contentHash: z.string(),
  createdBy: Person.nullable(),
  createdAt: IsoDate,
});
export type SnapshotMeta = z.infer<typeof SnapshotMeta>;

export const Assessment = z.object({
  id: z.string(),
  rating: ReliabilityRating,
  reason: z.string(),
  ratedBy: Person.nullable(),
  createdAt: IsoDate,
});
export type Assessment = z.infer<typeof Assessment>;

export const SourceLinkView = z.object({
  id: z.string(),
  kind: SourceLinkKind,
  /** outgoing: this source <kind> other. */
  direction: z.enum(["outgoing", "incoming"]),
  other: SourceBrief,
  createdAt: IsoDate,
});
export type SourceLinkView = z.infer<typeof SourceLinkView>;

export const MovedCounts = z.object({
  claims: z.number().int(),
  hops: z.number().int(),
  namedSources: z.number().int(),
  aliases: z.number().int(),
  assessments: z.number().int(),
  links: z.number().int(),
  snapshots: z.number().int(),
  /** Rows that would have duplicated one the survivor already had; put back on undo. */
  dropped: z.number().int(),
});
export type MovedCounts = z.infer<typeof MovedCounts>;

export const MergeView = z.object({
  id: z.string(),
  /** survivor: another source was merged into this one; merged: this one was merged away. */
  role: z.enum(["survivor", "merged"]),
  survivor: Person,
  merged: Person,
  moved: MovedCounts,
  createdBy: Person.nullable(),
  createdAt: IsoDate,
  undoneAt: IsoDate.nullable(),
});
export type MergeView = z.infer<typeof MergeView>;

const EvidenceHop = z.object({
  hopId: z.string(),
  claimId: z.string(),
  /** The claim's words in the article. */
  quote: z.string(),
  /** The claim as its speaker's statement, shortened (lib/words/claim-statement.ts): quotation marks only around a direct quote. */
  statement: z.string(),
  article: z.object({ id: z.string(), title: z.string() }),
  from: z.string(),
  to: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  evidenceArchiveUrl: z.string().nullable(),
  snapshots: z.array(SnapshotMeta),
});

export const SourceRecord = z.object({
  source: z.object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string(),
    type: SourceType,
    url: z.string().nullable(),
    /** The internal note, for members only. */
    notes: z.string().nullable(),
    /** The note readers see once a published claim uses the source. */
    publicNote: z.string().nullable(),
    language: z.string().nullable(),
    country: z.string().nullable(),
    standing: StandingStatus,
    standingNote: z.string().nullable(),
    version: z.number().int(),
    mergedInto: Person.nullable(),
    createdAt: IsoDate,
  }),
  aliases: z.array(z.object({ id: z.string(), name: z.string(), createdAt: IsoDate })),
  /** Every assessment, oldest first: the last one is the current rating. */
  assessments: z.array(Assessment),
  currentRating: ReliabilityRating.nullable(),
  links: z.array(SourceLinkView),
  snapshots: z.array(SnapshotMeta),
  /** Hops from or to this source, with their evidence and its captures (at most 100). */
  evidence: z.array(EvidenceHop),
  merges: z.array(MergeView),
  usage: z.object({ claims: z.number().int(), hops: z.number().int() }),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

const SourceListItem = z.object({
  id: z.string(),
  name: z.string(),
  type: SourceType,
  aliases: z.array(z.string()),
  currentRating: ReliabilityRating.nullable(),
  standing: StandingStatus,
  mergedInto: Person.nullable(),
});

/** One page of a workspace's sources by name; pass `nextCursor` back as `cursor` (null: the last). */
export const SourceListPage = z.object({ items: z.array(SourceListItem), nextCursor: z.string().nullable() });
export type SourceListPage = z.infer<typeof SourceListPage>;

export const AliasView = z.object({ id: z.string(), name: z.string(), createdAt: IsoDate });
export const Versioned = z.object({ version: z.number().int() });
export const MergeResult = z.object({
  mergeId: z.string(),
  survivorId: z.string(),
  mergedId: z.string(),
  moved: MovedCounts,
});
export type MergeResult = z.infer<typeof MergeResult>;
export const UnmergeResult = z.object({
  mergeId: z.string(),
  survivorId: z.string(),
  mergedId: z.string(),
  restored: MovedCounts,
});
export const Removed = z.object({ removed: z.literal(true) });
