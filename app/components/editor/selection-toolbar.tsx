"use client";
// A small toolbar right at the words the editor selected: "New claim" opens the claim form
// beside the text, "Suggest here" asks the extractor about these words only.
import type { CSSProperties } from "react";

export type ToolbarPlace = { top: number; left: number };

/** Where to put the toolbar next to the selection, in pixels inside `container` (positioned). */
export function placeToolbar(container: HTMLElement): ToolbarPlace | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  const box = container.getBoundingClientRect();
  const above = rect.top - box.top - 46;
  return {
    // Above the words when there is room inside the text box, otherwise just below them.
    top: above >= 0 ? above : rect.bottom - box.top + 6,
    left: Math.min(Math.max(0, rect.left - box.left), Math.max(0, box.width - 220)),
  };
}

type Props = { place: ToolbarPlace; onNewClaim: () => void; onSuggest: () => void };

export function SelectionToolbar({ place, onNewClaim, onSuggest }: Props) {
  const style: CSSProperties = { top: place.top, left: place.left };
  return (
    <div className="selection-toolbar" role="toolbar" aria-label="Selected words" style={style}>
      <button type="button" onClick={onNewClaim}>
        New claim
      </button>
      <button type="button" className="secondary" onClick={onSuggest}>
        Suggest here
      </button>
    </div>
  );
}
