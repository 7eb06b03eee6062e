// A bounded pool of worker threads (piscina) for the CPU work of a request that grows with its
// input — re-anchoring a revision's claims, parsing an upload, suggesting claims — so that the
// server's one event loop keeps answering every other request meanwhile (a rewritten
// 9,000-word article took the main thread for most of a second). The pool has at most
// MAX_THREADS threads and MAX_QUEUE waiting tasks; a full queue, or a task past its time
// budget, is answered UNAVAILABLE (tRPC SERVICE_UNAVAILABLE, HTTP 503) instead of waiting
// without end. piscina is in next.config.js's serverExternalPackages: it finds its own
// worker script next to itself, which a bundle would move.
import { availableParallelism } from "node:os";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { Piscina } from "piscina";
import { AppError } from "@/lib/errors";
import { env } from "@/server/env";
import type { CpuTaskKind, CpuTaskMessage, CpuTaskReply, CpuTasks } from "./cpu-tasks";

/** One core stays with the event loop; more than four threads would only queue on the database. */
const MAX_THREADS = Math.max(1, Math.min(4, availableParallelism() - 1));
/**
 * Waiting tasks beyond the running ones; more are refused (each holds its input in memory).
 * Counted here: piscina's own maxQueue does not count tasks that carry an abort signal, and
 * every task here carries one (its time budget).
 */
const MAX_QUEUE = 64;
/** The longest one task may run, ms; the worker running it is stopped and replaced. */
const TASK_TIMEOUT_MS = 60_000;
/** Threads idle this long are stopped (each holds the modules it loaded: the extraction model is tens of MB). */
const IDLE_TIMEOUT_MS = 60_000;

const POOL_KEY = Symbol.for("claimtrail.cpu-pool");
const holder = globalThis as { [POOL_KEY]?: Piscina<CpuTaskMessage, CpuTaskReply> };
const offThread = new Map<CpuTaskKind, number>();
let tasksInPool = 0;

function pool(): Piscina<CpuTaskMessage, CpuTaskReply> {
  const { root } = env();
  holder[POOL_KEY] ??= new Piscina({
    filename: path.join(/* turbopackIgnore: true */ root, "server", "workers", "cpu-worker.mjs"),
    workerData: { tsconfig: path.join(/* turbopackIgnore: true */ root, "tsconfig.json") },
    minThreads: 0,
    maxThreads: MAX_THREADS,
    idleTimeout: IDLE_TIMEOUT_MS,
  });
  return holder[POOL_KEY];
}

/**
 * Runs a task of cpu-tasks.ts in a worker thread and returns its value. Rethrows the task's
 * AppError as thrown there; throws AppError UNAVAILABLE when the queue is full or the task ran
 * past `timeoutMs` (default TASK_TIMEOUT_MS).
 */
export async function runOffThread<K extends CpuTaskKind>(
  kind: K,
  input: Parameters<CpuTasks[K]>[0],
  { timeoutMs = TASK_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<Awaited<ReturnType<CpuTasks[K]>>> {
  if (tasksInPool >= MAX_THREADS + MAX_QUEUE)
    throw new AppError("UNAVAILABLE", "the server is busy with other long work; try again in a moment");
  let reply: CpuTaskReply;
  tasksInPool++;
  try {
    reply = await pool().run({ kind, input } as CpuTaskMessage, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw unavailable(error, timeoutMs) ?? error;
  } finally {
    tasksInPool--;
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

/** Stops the threads (the CLI, when its command is done; tests, after a file). */
export async function closeCpuPool(): Promise<void> {
  const running = holder[POOL_KEY];
  holder[POOL_KEY] = undefined;
  await running?.destroy();
}
