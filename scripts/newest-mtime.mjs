// The newest modification time under a file or folder (ms since the epoch; 0 when it is missing).
// `npm start` and the `claimtrail` command use it to tell whether their build is older than the
// sources it was built from.
import fs from "node:fs";
import path from "node:path";

/** @param {string} target a file or folder @returns {number} */
export function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}
