"use client";
// j and k move the focus to the next and previous claim in the text, for readers who go claim
// by claim; Esc closes the open sourcing panel as its Close link does (back to the claim in the
// text). Typing in a field is left alone.
import { useEffect } from "react";

const KEYS: Record<string, 1 | -1> = { j: 1, k: -1 };

export function ClaimKeys() {
  useEffect(() => {
    function move(event: KeyboardEvent) {
      if (event.key === "Escape") {
        closePanel(event);
        return;
      }
      const step = KEYS[event.key];
      if (!step || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select, [contenteditable]"))
        return;
      const claims = [...document.querySelectorAll<HTMLAnchorElement>(".article-body a.claim[id]")];
      if (claims.length === 0) return;
      const current = claims.indexOf(document.activeElement as HTMLAnchorElement);
      const next =
        current < 0 ? (step > 0 ? 0 : claims.length - 1) : Math.min(claims.length - 1, Math.max(0, current + step));
      event.preventDefault();
      claims[next]!.focus({ preventScroll: true });
      claims[next]!.scrollIntoView({ block: "center" });
    }
    document.addEventListener("keydown", move);
    return () => document.removeEventListener("keydown", move);
  }, []);
  return null;
}

/** The panel shows while it is the page's :target; pointing the address back at its claim hides it. */
function closePanel(event: KeyboardEvent) {
  const open = /^#sourcing-([\w-]+)$/.exec(window.location.hash);
  if (!open || event.defaultPrevented) return;
  event.preventDefault();
  window.location.hash = `claim-${open[1]}`;
  document.getElementById(`claim-${open[1]}`)?.focus({ preventScroll: true });
}
