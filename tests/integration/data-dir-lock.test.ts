// The data-folder lock with real processes (issue 13: two processes both "held" a dead process's
// lock in 4 trials of 10). Six processes are told at the same moment to take the lock of a
// folder, one left by a process that died or none at all: exactly one gets it, every time, and
// once it lets go the next one can take it.
import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/test-env";

const CONTENDERS = 6;
const TRIALS = 10;

type Contender = { child: ChildProcessWithoutNullStreams; next(): Promise<string> };

function startContender(): Contender {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "tests/support/lock-contender.ts")], {
    cwd: repoRoot,
  });
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return { child, next: async () => String((await lines.next()).value) };
}

/** The pid of a process that has exited: its lock is a dead owner's. */
function deadPid(): number {
  return Number(execFileSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]));
}

function leaveDeadLock(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const owner = { pid: deadPid(), startedAt: new Date().toISOString(), command: "a process that died" };
  fs.writeFileSync(path.join(dir, "claimtrail.lock"), JSON.stringify(owner));
}

describe("the data-folder lock, taken by processes at once", () => {
  const contenders: Contender[] = [];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-lock-"));
  beforeAll(async () => {
    for (let i = 0; i < CONTENDERS; i++) contenders.push(startContender());
    for (const contender of contenders) expect(await contender.next()).toBe("ready");
  });
  afterAll(() => {
    for (const { child } of contenders) child.kill();
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** Every contender tries `dir` at once; answers how many got it, after all have let go. */
  async function trial(dir: string): Promise<number> {
    for (const { child } of contenders) child.stdin.write(`try ${dir}\n`);
    const answers = await Promise.all(contenders.map((contender) => contender.next()));
    for (const answer of answers) expect(answer).toMatch(/^(got|busy) /);
    for (const { child } of contenders) child.stdin.write("release\n");
    for (const contender of contenders) expect(await contender.next()).toBe("released");
    return answers.filter((answer) => answer.startsWith("got ")).length;
  }

  it(`gives a dead process's lock to exactly one of ${CONTENDERS}, in each of ${TRIALS} trials`, async () => {
    for (let round = 0; round < TRIALS; round++) {
      const dir = path.join(root, `dead-${round}`);
      leaveDeadLock(dir);
      expect(await trial(dir)).toBe(1);
      expect(fs.readdirSync(dir)).toEqual([]);
    }
  });

  it(`gives a free folder's lock to exactly one of ${CONTENDERS}, in each of ${TRIALS} trials`, async () => {
    for (let round = 0; round < TRIALS; round++) {
      const dir = path.join(root, `free-${round}`);
      expect(await trial(dir)).toBe(1);
      expect(await trial(dir)).toBe(1);
    }
  });
});
