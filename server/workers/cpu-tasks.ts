// The CPU work of a request that grows with its input, as the pool's worker threads run it
// (cpu-pool.ts): parsing an uploaded body, re-anchoring every claim of a revision, comparing a
// correction with the version before it, suggesting claims. Each task is pure (lib/ only): plain data in, plain data out, since only
// structured-cloneable values cross between threads. Each loads its module on first use, so a
// thread that only re-anchors never loads the extraction model. An AppError comes back as data,
// as a thrown error would lose its class on the way.
import { threadId } from "node:worker_threads";
import type { StoredAnchor } from "../../lib/claims/reanchor-claim";
import type { CreateArticleInput } from "../../lib/editing/schemas";
import { type AppErrorCode, isAppError } from "../../lib/errors";

type Span = { start: number; end: number };
type Version = { body: string; title: string };

const CPU_TASKS = {
  articleBody: async (input: { content: string; contentType: CreateArticleInput["contentType"] }) => {
    const { articleBodyFrom } = await import("../../lib/articles/article-body-from");
    return articleBodyFrom(input.content, input.contentType);
  },
  reanchorClaims: async (input: { oldBody: string; newBody: string; claims: StoredAnchor[] }) => {
    const { reanchorClaims } = await import("../../lib/claims/reanchor-claim");
    return reanchorClaims(input.oldBody, input.newBody, input.claims);
  },
  summarizeCorrection: async (input: { before: Version; after: Version }) => {
    const { summarizeCorrection } = await import("../../lib/articles/summarize-correction");
    return summarizeCorrection(input.before, input.after);
  },
  planAnnotation: async (input: { annotation: unknown }) => {
    const { planAnnotationFile } = await import("../../lib/annotation/plan-annotation-file");
    return planAnnotationFile(input.annotation);
  },
  suggestClaims: async (input: { body: string; ownOutlet: string | undefined; annotated: Span[] }) => {
    const { extractClaims } = await import("../../lib/extraction/extract-claims");
    const { withoutAnnotated } = await import("../../lib/suggestions/propose-claim-draft");
    return withoutAnnotated(extractClaims(input.body, { ownOutlet: input.ownOutlet }), input.annotated);
  },
};

export type CpuTasks = typeof CPU_TASKS;
export type CpuTaskKind = keyof CpuTasks;
export type CpuTaskMessage = { [K in CpuTaskKind]: { kind: K; input: Parameters<CpuTasks[K]>[0] } }[CpuTaskKind];
/** `threadId` says which thread did the work (0 is the main thread). */
export type CpuTaskReply =
  | { ok: true; value: unknown; threadId: number }
  | { ok: false; code: AppErrorCode; message: string; details?: unknown; threadId: number };

export default async function runCpuTask(message: CpuTaskMessage): Promise<CpuTaskReply> {
  try {
    const task = CPU_TASKS[message.kind] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await task(message.input), threadId };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { ok: false, code: error.code, message: error.message, details: error.details, threadId };
  }
}
