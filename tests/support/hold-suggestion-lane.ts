// Keeps every thread of the claim-suggestion lane busy until the test releases it, so a test
// can have a suggestion in flight for exactly as long as it needs, shown by order, not timing.
import path from "node:path";
import { cpuLaneOf } from "@/server/workers/cpu-pool";
import { repoRoot } from "./test-env";

const HOLD_THREAD = path.join(repoRoot, "tests", "support", "hold-thread.mjs");

/** `waiting()`: suggestions queued behind the held threads; `release()` resolves to each thread's "released". */
export function holdSuggestionLane(): { waiting(): number; release(): Promise<unknown[]> } {
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const { pool, threads } = cpuLaneOf("suggestClaims");
  const held = Array.from({ length: threads }, () => pool.run(gate, { filename: HOLD_THREAD }));
  return {
    waiting: () => pool.queueSize,
    release() {
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      return Promise.all(held);
    },
  };
}
