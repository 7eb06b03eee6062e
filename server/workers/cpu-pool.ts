// Bounded pools of worker threads (piscina) for the CPU work of a request that grows with its
// input — re-anchoring a revision's claims, parsing an upload, suggesting claims — so that the
// server's one event loop keeps answering every other request meanwhile (a rewritten
// 9,000-word article took the main thread for most of a second).
// Two lanes, each its own pool: claim suggestions (the extractor: seconds on a long article,
// and the model it loads is tens of MB) run apart from an editor's own work (uploads,
// revisions, correction summaries), so a revision never waits behind suggestions, however
// many run (issue 13: on a 2-core machine one shared thread made a revision queue behind them).
// Each lane has its threads and at most MAX_QUEUE waiting tasks; a full queue, or a task past
// its time budget, is answered UNAVAILABLE (tRPC SERVICE_UNAVAILABLE, HTTP 503) instead of
// waiting without end. piscina is in next.config.js's serverExternalPackages: it finds its own
// worker script next to itself, which a bundle would move.
import { availableParallelism } from "node:os";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { Piscina } from "piscina";
import { AppError } from "@/lib/errors";
import { env } from "@/server/env";
import type { CpuTaskKind, CpuTaskMessage, CpuTaskReply, CpuTasks } from "./cpu-tasks";

type Lane = "editing" | "suggestions";

const LANE_OF: Record<CpuTaskKind, Lane> = {
  articleBody: "editing",
  planAnnotation: "editing",
  reanchorClaims: "editing",
  summarizeCorrection: "editing",
  suggestClaims: "suggestions",
};

/** One core stays with the event loop; more than four threads would only queue on the database. */
const EDITING_THREADS = Math.max(1, Math.min(4, availableParallelism() - 1));
/** Suggestions get a thread of their own even on one or two cores, and at most half the editing lane's beyond that. */
const SUGGESTION_THREADS = Math.max(1, Math.floor(EDITING_THREADS / 2));
const THREADS: Record<Lane, number> = { editing: EDITING_THREADS, suggestions: SUGGESTION_THREADS };
/**
 * Waiting tasks beyond the running ones, per lane; more are refused (each holds its input in
 * memory). Counted here: piscina's own maxQueue does not count tasks that carry an abort
 * signal, and every task here carries one (its time budget).
 */
const MAX_QUEUE = 64;
/** The longest one task may run, ms; the worker running it is stopped and replaced. */
const TASK_TIMEOUT_MS = 60_000;
/** Threads idle this long are stopped (each holds the modules it loaded: the extraction model is tens of MB). */
const IDLE_TIMEOUT_MS = 60_000;

const POOLS_KEY = Symbol.for("claimtrail.cpu-pools");
const holder = globalThis as { [POOLS_KEY]?: Partial<Record<Lane, Piscina<CpuTaskMessage, CpuTaskReply>>> };
const offThread = new Map<CpuTaskKind, number>();
const tasksInLane: Record<Lane, number> = { editing: 0, suggestions: 0 };

function pool(lane: Lane): Piscina<CpuTaskMessage, CpuTaskReply> {
  const { root } = env();
  holder[POOLS_KEY] ??= {};
  const pools = holder[POOLS_KEY];
  pools[lane] ??= new Piscina({
    filename: path.join(/* turbopackIgnore: true */ root, "server", "workers", "cpu-worker.mjs"),
    workerData: { tsconfig: path.join(/* turbopackIgnore: true */ root, "tsconfig.json") },
    minThreads: 0,
    maxThreads: THREADS[lane],
    idleTimeout: IDLE_TIMEOUT_MS,
  });
  return pools[lane];
}

/**
 * Runs a task of cpu-tasks.ts in a worker thread of its lane and returns its value. Rethrows
 * the task's AppError as thrown there; throws AppError UNAVAILABLE when the lane's queue is
 * full or the task ran past `timeoutMs` (default TASK_TIMEOUT_MS).
 */
export async function runOffThread<K extends CpuTaskKind>(
  kind: K,
  input: Parameters<CpuTasks[K]>[0],
  { timeoutMs = TASK_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<Awaited<ReturnType<CpuTasks[K]>>> {
  const lane = LANE_OF[kind];
  if (tasksInLane[lane] >= THREADS[lane] + MAX_QUEUE)
    throw new AppError(
      "UNAVAILABLE",
      lane === "suggestions"
        ? "too many claim suggestions are running; try again in a moment"
        : "the server is busy with other long work; try again in a moment",
    );
  let reply: CpuTaskReply;
  tasksInLane[lane]++;
  try {
    reply = await pool(lane).run({ kind, input } as CpuTaskMessage, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw unavailable(error, timeoutMs) ?? error;
  } finally {
    tasksInLane[lane]--;
  }
  if (reply.threadId !== threadId) offThread.set(kind, (offThread.get(kind) ?? 0) + 1);
  if (!reply.ok) throw new AppError(reply.code, reply.message, reply.details);
  return reply.value as Awaited<ReturnType<CpuTasks[K]>>;
}

function unavailable(error: unknown, timeoutMs: number): AppError | null {
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError"))
    return new AppError(
      "UNAVAILABLE",
      `the work took longer than ${timeoutMs / 1000} s and was stopped; try a shorter text, or try again later`,
    );
  return null;
}

/** How many tasks of a kind came back from a thread other than this one (tests, metrics). */
export function countOffThreadTasks(kind: CpuTaskKind): number {
  return offThread.get(kind) ?? 0;
}

/**
 * The pool that tasks of `kind` run in and its number of threads: tests occupy every thread
 * of one lane (with a task file of their own, piscina's per-task `filename`) to show the
 * other lane still runs.
 */
export function cpuLaneOf(kind: CpuTaskKind): { pool: Piscina<unknown, unknown>; threads: number } {
  const lane = LANE_OF[kind];
  return { pool: pool(lane) as Piscina<unknown, unknown>, threads: THREADS[lane] };
}

/** Stops the threads (the CLI, when its command is done; tests, after a file). */
export async function closeCpuPool(): Promise<void> {
  const running = holder[POOLS_KEY] ?? {};
  holder[POOLS_KEY] = undefined;
  await Promise.all(Object.values(running).map((lanePool) => lanePool.destroy()));
}
