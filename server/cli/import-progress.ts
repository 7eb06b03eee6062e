// The progress of a bulk import on stderr: a bar (cli-progress) on a terminal; plain lines,
// at most one every two seconds and one at the end, when stderr is not a terminal (CI logs) or
// when stdout carries --json.
import cliProgress from "cli-progress";

export type ImportProgress = { update: (done: number) => void; stop: () => void };

const PLAIN_EVERY_MS = 2000;

export function openImportProgress(total: number, options: { plain: boolean }): ImportProgress {
  if (options.plain || !process.stderr.isTTY) {
    let last = 0;
    let done = 0;
    let printed = 0;
    const line = () => {
      printed = done;
      process.stderr.write(`importing: ${done}/${total} articles\n`);
    };
    return {
      update: (value) => {
        done = value;
        if (Date.now() - last < PLAIN_EVERY_MS) return;
        last = Date.now();
        line();
      },
      stop: () => {
        if (done !== printed) line();
      },
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "importing {bar} {value}/{total} articles" },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
