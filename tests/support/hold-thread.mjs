// A task file for a CPU pool thread (piscina's per-task `filename`): holds its thread until the
// test stores a non-zero value in the shared gate, so a test can keep a lane busy for exactly
// as long as it needs, without timing.

/** `gate`: an Int32Array on a SharedArrayBuffer; returns once gate[0] is not 0. */
export default function holdThread(gate) {
  while (Atomics.load(gate, 0) === 0) Atomics.wait(gate, 0, 0);
  return "released";
}
