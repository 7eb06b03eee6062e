// Picks a source in the editor's type-ahead the way a person does: type the name, then choose an
// existing source, or pick a type and create it.
import type { Page } from "playwright-core";

export async function pickSource(
  page: Page,
  label: "Speaker" | "From" | "To",
  name: string,
  newType?: string,
): Promise<void> {
  const picker = page
    .locator("fieldset.source-picker", { has: page.locator("legend", { hasText: new RegExp(`^${label}$`) }) })
    .last();
  await picker.getByRole("textbox").fill(name);
  if (newType) {
    await picker.getByRole("combobox", { name: "Type of the new source" }).selectOption(newType);
    await picker.getByRole("button", { name: `Create “${name}”` }).click();
  } else {
    await picker.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  }
  await page.locator(".picked", { hasText: name }).last().waitFor();
}
