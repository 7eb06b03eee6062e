// PGlite does not lock its data folder, and a second process opening it loses committed
// writes. Every process that opens the embedded database takes this lock file first.
//
// Atomic, so two processes never both hold it (issue 13: the old read-then-remove takeover let
// two processes "hold" a dead process's lock in 4 trials of 10):
// - the lock is created whole or not at all: its owner is written to a file of this process's
//   own, then hard-linked to the lock's name, which fails if the name exists (a reader never
//   finds a half-written lock and takes it for a dead one);
// - a lock whose process is gone is removed only by the one process that creates its takeover
//   marker (named after the dead owner's pid and start, created exclusively), after reading the
//   lock again to check it is still that owner's; everyone else waits and tries again.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";

/** `serverUrl`: where the owner answers HTTP, when it is the app server (scripts/serve.mjs). */
type LockOwner = { pid: number; startedAt: string; command: string; serverUrl?: string };

const LOCK_FILE = "claimtrail.lock";
/** Tries before giving up while another process is taking over a dead owner's lock. */
const ATTEMPTS = 100;
const WAIT_MS = 20;

function lockPathFor(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

/** Takes the lock for this process; a no-op when this process holds it already. Throws AppError UNAVAILABLE when another live process holds it. */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = lockPathFor(dataDir);
  const owner: LockOwner = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(" ").slice(0, 300),
    ...(process.env.CLAIMTRAIL_SERVER_URL ? { serverUrl: process.env.CLAIMTRAIL_SERVER_URL } : {}),
  };
  const release = () => releaseIfOwned(lockPath);

  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (createWhole(lockPath, owner)) {
      process.once("exit", release);
      return release;
    }
    const current = readOwner(lockPath);
    if (!current) {
      // Gone between our try and this read (released, or taken over): try again.
      if (!fs.existsSync(lockPath)) continue;
      throw new AppError(
        "UNAVAILABLE",
        `The lock ${lockPath} cannot be read; remove it if no Claimtrail process is running.`,
      );
    }
    if (current.pid === process.pid) return release;
    if (isAlive(current.pid)) {
      throw new AppError(
        "UNAVAILABLE",
        `The embedded database in ${dataDir} is in use by another Claimtrail process (pid ${current.pid}, ` +
          `started ${current.startedAt}: ${current.command}${current.serverUrl ? `, serving ${current.serverUrl}` : ""}). ` +
          `Stop that process first, or point this one at ` +
          `another folder with CLAIMTRAIL_DATA_DIR, or at PostgreSQL with DATABASE_URL.`,
      );
    }
    if (!removeDeadOwnersLock(lockPath, current)) sleep(WAIT_MS);
  }
  throw new AppError(
    "UNAVAILABLE",
    `Could not take the lock ${lockPath}; remove it and any ${LOCK_FILE}.takeover-* file beside it if no Claimtrail process is running.`,
  );
}

/** The address of the live app server holding `dataDir`'s lock, or null (none, or not a server). */
export function lockingServerUrl(dataDir: string): string | null {
  const owner = readOwner(lockPathFor(dataDir));
  return owner?.serverUrl && isAlive(owner.pid) ? owner.serverUrl : null;
}

/** Creates the lock with its whole content, or returns false when it exists. */
function createWhole(lockPath: string, owner: LockOwner): boolean {
  const draft = `${lockPath}.${process.pid}.${randomBytes(6).toString("hex")}`;
  fs.writeFileSync(draft, JSON.stringify(owner), { flag: "wx" });
  try {
    fs.linkSync(draft, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return false;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

/**
 * Removes `dead`'s lock if this process wins its takeover marker and the lock is still `dead`'s.
 * Returns false when another process holds the marker (it is removing the lock).
 */
function removeDeadOwnersLock(lockPath: string, dead: LockOwner): boolean {
  const marker = `${lockPath}.takeover-${dead.pid}-${dead.startedAt.replace(/[^0-9A-Za-z]/g, "")}`;
  try {
    fs.writeFileSync(marker, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return false;
  }
  try {
    // Only the marker's holder removes this owner's lock, so it cannot change between read and removal.
    const still = readOwner(lockPath);
    if (still?.pid === dead.pid && still.startedAt === dead.startedAt) fs.rmSync(lockPath, { force: true });
  } finally {
    fs.rmSync(marker, { force: true });
  }
  return true;
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

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function releaseIfOwned(lockPath: string): void {
  if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
}
