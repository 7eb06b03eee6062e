// Selects the given words inside an element the way a person drags over them, then releases
// the mouse so the page reads the selection.
import type { Page } from "playwright-core";

export async function selectText(page: Page, containerSelector: string, words: string): Promise<void> {
  await page.evaluate(
    ({ containerSelector, words }) => {
      const container = document.querySelector(containerSelector)!;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const full = nodes.map((node) => node.data).join("");
      const start = full.indexOf(words);
      if (start < 0) throw new Error(`"${words}" is not in the text`);
      const locate = (offset: number): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          if (offset <= seen + node.data.length) return [node, offset - seen];
          seen += node.data.length;
        }
        throw new Error("offset beyond the text");
      };
      const range = document.createRange();
      range.setStart(...locate(start));
      range.setEnd(...locate(start + words.length));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      container.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    },
    { containerSelector, words },
  );
}
