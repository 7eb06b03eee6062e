// The CPU pool's threads (server/workers/cpu-pool.ts): a task's value and its AppError come back
// as on the main thread; a task past its time budget and a task beyond the queue's bound are
// answered UNAVAILABLE with a message saying what to do, and the pool keeps working after both.
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { closeCpuPool, countOffThreadTasks, runOffThread } from "@/server/workers/cpu-pool";

const words = (seed: number, count: number) =>
  Array.from({ length: count }, (_, i) => `word${((i * 7919 + seed * 104729) % 5003).toString(36)}`).join(" ");

afterAll(() => closeCpuPool());

describe("the CPU pool", () => {
  it("parses an upload in a worker thread and returns its text", async () => {
    const before = countOffThreadTasks("articleBody");
    const body = await runOffThread("articleBody", {
      content: '<p title="a > b">Le pr&eacute;sident a dit <b>non</b>.</p>',
      contentType: "html",
    });
    expect(body).toBe("Le président a dit non.");
    expect(countOffThreadTasks("articleBody")).toBe(before + 1);
  });

  it("rethrows the task's AppError with its code and message", async () => {
    const failure = runOffThread("articleBody", { content: "<p> </p>", contentType: "html" });
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({
      code: "INVALID",
      message: "the article has no text once its markup is removed",
    });
  });

  it("stops a task past its time budget with UNAVAILABLE, then runs the next one", async () => {
    const late = runOffThread(
      "reanchorClaims",
      { oldBody: words(1, 9000), newBody: words(2, 9000), claims: [] },
      { timeoutMs: 1 },
    );
    await expect(late).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: "the work took longer than 0.001 s and was stopped; try a shorter text, or try again later",
    });
    await expect(
      runOffThread("articleBody", { content: "Lead\n\n## Part\n\nText", contentType: "markdown" }),
    ).resolves.toBe("Lead\n\nPart\n\nText");
  });

  it("refuses tasks beyond its queue with UNAVAILABLE and runs every task it accepted", async () => {
    const tasks = Array.from({ length: 100 }, (_, i) =>
      runOffThread("articleBody", { content: `<p>Paragraph ${i}</p>`, contentType: "html" }),
    );
    const outcomes = await Promise.allSettled(tasks);
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(refused.length).toBeGreaterThan(0);
    for (const outcome of refused)
      expect(outcome.reason).toMatchObject({
        code: "UNAVAILABLE",
        message: "the server is busy with other long work; try again in a moment",
      });
    outcomes.forEach((outcome, i) => {
      if (outcome.status === "fulfilled") expect(outcome.value).toBe(`Paragraph ${i}`);
    });
    expect(outcomes.length - refused.length).toBeGreaterThanOrEqual(64);
  });
});
