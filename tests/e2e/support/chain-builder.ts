// Drives the annotate flow the way a person does: select words, press "New claim" on the toolbar
// at the selection; then name each step of the chain in the "Via" field and press Enter (next
// step) or Shift+Enter (alongside the last one).
import type { Page } from "playwright-core";
import { selectText } from "./select-text";

export async function startClaim(page: Page, words: string): Promise<void> {
  await selectText(page, ".annotator-text", words);
  await page.getByRole("toolbar", { name: "Selected words" }).getByRole("button", { name: "New claim" }).click();
  await page.getByRole("form", { name: "New claim" }).waitFor();
}

/** Types a name in the builder's "Via" field of `scope` and adds it; waits until it is in the chain. */
export async function addVia(
  page: Page,
  scope: "New claim" | "Add to the chain",
  name: string,
  options: { alongside?: boolean } = {},
): Promise<void> {
  const container =
    scope === "New claim" ? page.getByRole("form", { name: scope }) : page.getByRole("region", { name: scope });
  const field = container.getByLabel("Via: type a name");
  await field.fill(name);
  // Enter waits for the type-ahead to settle, so an existing source is picked rather than created.
  await page.waitForTimeout(400);
  await field.press(options.alongside ? "Shift+Enter" : "Enter");
  await container.getByTestId("chain-line").getByText(name, { exact: false }).waitFor();
}
