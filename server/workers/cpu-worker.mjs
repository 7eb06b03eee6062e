// The entry of each worker thread of the CPU pool (cpu-pool.ts). A worker thread does not
// inherit the TypeScript loader of the process that starts it (tsx for the CLI, Vite for the
// tests, Turbopack's bundle for the server), so each one registers tsx and loads the tasks
// (cpu-tasks.ts) from source, once, when it starts.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register({ tsconfig: workerData.tsconfig });
const tasks = import("./cpu-tasks.ts");

/** piscina calls the default export with each task's message. */
export default async function run(message) {
  return (await tasks).default(message);
}
