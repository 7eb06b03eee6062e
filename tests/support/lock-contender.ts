// One process contending for data-folder locks (tests/integration/data-dir-lock.test.ts). It reads
// commands on stdin, one a line, and answers each on stdout: `try DIR` answers `got DIR` or
// `busy DIR`; `release` lets go of every lock it took and answers `released`.
import readline from "node:readline";
import { acquireDataDirLock } from "@/server/database/data-dir-lock";

const held: (() => void)[] = [];
console.log("ready");
for await (const line of readline.createInterface({ input: process.stdin })) {
  const [command, dir] = line.split(" ");
  if (command === "try" && dir) {
    try {
      held.push(acquireDataDirLock(dir));
      console.log(`got ${dir}`);
    } catch {
      console.log(`busy ${dir}`);
    }
  } else if (command === "release") {
    for (const release of held.splice(0)) release();
    console.log("released");
  }
}
