// The path of a diagram edge, shared by the reader's page (in the browser) and the export SVG.
// Kept apart from the layout so that the browser bundle never pulls in dagre.
import type { Point } from "./layered-layout";

/** An SVG path: a smooth left-to-right curve through every point, e.g. "M0,0 C5,0 5,10 10,10". */
export function drawThrough(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  let path = `M${first.x},${first.y}`;
  let previous = first;
  for (const point of rest) {
    const middle = (previous.x + point.x) / 2;
    path += ` C${middle},${previous.y} ${middle},${point.y} ${point.x},${point.y}`;
    previous = point;
  }
  return path;
}
