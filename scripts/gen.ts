// `npm run gen -- --claims 100000 [--seed 1] [--workspace synthetic]`: fills the configured
// database (./data, or DATABASE_URL) with a synthetic newsroom for load tests and benchmarks.
import { SingleBar } from "cli-progress";
import { Command, InvalidArgumentError } from "commander";
import { planNewsroom } from "@/lib/newsroom/plan-newsroom";
import { getAppDatabase } from "@/server/app-database";
import { runCommand } from "@/server/cli/run-command";
import { writeNewsroom } from "@/server/services/newsroom/write-newsroom";

const positive = (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError("expected a whole number above 0");
  return number;
};

const program = new Command("gen")
  .description("write a synthetic newsroom into the configured database")
  .requiredOption("--claims <n>", "number of claims", positive)
  .option("--seed <n>", "the same seed gives the same newsroom", positive, 1)
  .option("--workspace <slug>", "workspace to fill (created when missing)", "synthetic")
  .action(
    runCommand(async (options: { claims: number; seed: number; workspace: string }) => {
      const { db } = await getAppDatabase();
      const bar = new SingleBar({ format: "claims {bar} {value}/{total} {duration}s", noTTYOutput: true });
      bar.start(options.claims, 0);
      const written = await writeNewsroom(db, planNewsroom(options), {
        workspaceSlug: options.workspace,
        onProgress: (claims) => bar.update(claims),
      });
      bar.stop();
      process.stdout.write(
        `${written.articles} articles, ${written.claims} claims, ${written.hops} hops, ${written.sources} sources in workspace ${options.workspace}\n`,
      );
    }),
  );

await program.parseAsync();
