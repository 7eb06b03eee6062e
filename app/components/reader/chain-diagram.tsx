"use client";
// Mounts the chain diagram only once it is on screen (a closed sourcing panel has no size), at
// a zoom that fits its width; React Flow's code loads then, never with the article's text. On a
// screen too narrow for readable labels the picture keeps its size and scrolls sideways. Without
// JavaScript the box says so and points to the chain written out below it (chain-paths.tsx).
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { ChainLayout } from "@/lib/reader/layout-chain";

const ChainFlow = dynamic(() => import("./chain-flow"), {
  ssr: false,
  loading: () => <p className="chain-diagram-note">Drawing the chain…</p>,
});

/** Below this zoom labels are too small to read. */
const MIN_ZOOM = 0.7;
const PADDING = 8;

export function ChainDiagram({ layout, label }: { layout: ChainLayout; label: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [seen, setSeen] = useState(false);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const resize = new ResizeObserver(([entry]) => setWidth(Math.round(entry?.contentRect.width ?? 0)));
    const visible = new IntersectionObserver(
      ([entry]) => {
        if (entry?.isIntersecting) setSeen(true);
      },
      { rootMargin: "200px" },
    );
    resize.observe(element);
    visible.observe(element);
    return () => {
      resize.disconnect();
      visible.disconnect();
    };
  }, []);

  const fit = width > 0 ? (width - PADDING * 2) / layout.width : 1;
  const zoom = Math.max(MIN_ZOOM, Math.min(1, fit));
  const scrolls = fit < MIN_ZOOM;
  const canvasWidth = scrolls ? Math.ceil(layout.width * zoom) + PADDING * 2 : width;
  const height = Math.ceil(layout.height * zoom) + PADDING * 2;
  const offsetX = (canvasWidth - layout.width * zoom) / 2;

  return (
    <figure className="chain-diagram">
      <div
        ref={frame}
        className="chain-diagram-frame"
        {...(scrolls ? { tabIndex: 0, role: "region", "aria-label": "Chain diagram, scrolls sideways" } : {})}
      >
        <div
          className="chain-diagram-canvas"
          style={{ height, width: scrolls ? canvasWidth : undefined }}
          data-testid="chain-diagram"
        >
          {seen && width > 0 ? (
            <ChainFlow key={canvasWidth} layout={layout} label={label} zoom={zoom} offsetX={offsetX} />
          ) : (
            <noscript>
              <p className="chain-diagram-note">
                The diagram needs JavaScript; the chain is written out below it, path by path.
              </p>
            </noscript>
          )}
        </div>
      </div>
      {scrolls ? (
        <figcaption className="chain-diagram-note">Scroll the diagram sideways to see the whole chain.</figcaption>
      ) : null}
    </figure>
  );
}
