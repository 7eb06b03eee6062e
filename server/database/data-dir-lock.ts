// PGlite does not lock its data folder, and a second process opening it loses committed
// writes. Every process that opens the embedded database takes this lock file first.
import fs from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";

/** `serverUrl`: where the owner answers HTTP, when it is the app server (scripts/serve.mjs). */
type LockOwner = { pid: number; startedAt: string; command: string; serverUrl?: string };

const LOCK_FILE = "claimtrail.lock";

function lockPathFor(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

/** Takes the lock for this process; a no-op when this process holds it already. */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = lockPathFor(dataDir);
  const owner: LockOwner = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(" ").slice(0, 300),
    ...(process.env.CLAIMTRAIL_SERVER_URL ? { serverUrl: process.env.CLAIMTRAIL_SERVER_URL } : {}),
  };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(owner), { flag: "wx" });
      const release = () => releaseIfOwned(lockPath);
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const current = readOwner(lockPath);
    if (current?.pid === process.pid) return () => releaseIfOwned(lockPath);
    if (current && isAlive(current.pid)) {
      throw new AppError(
        "UNAVAILABLE",
        `The embedded database in ${dataDir} is in use by another Claimtrail process (pid ${current.pid}, ` +
          `started ${current.startedAt}: ${current.command}${current.serverUrl ? `, serving ${current.serverUrl}` : ""}). ` +
          `Stop that process first, or point this one at ` +
          `another folder with CLAIMTRAIL_DATA_DIR, or at PostgreSQL with DATABASE_URL.`,
      );
    }
    fs.rmSync(lockPath, { force: true });
  }
  throw new AppError(
    "UNAVAILABLE",
    `Could not take the lock ${lockPath}; remove it if no Claimtrail process is running.`,
  );
}

/** The address of the live app server holding `dataDir`'s lock, or null (none, or not a server). */
export function lockingServerUrl(dataDir: string): string | null {
  const owner = readOwner(lockPathFor(dataDir));
  return owner?.serverUrl && isAlive(owner.pid) ? owner.serverUrl : null;
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockOwner;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function releaseIfOwned(lockPath: string): void {
  if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
}
