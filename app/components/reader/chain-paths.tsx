import Link from "next/link";
import type { ChainPathText } from "@/lib/reader/chain-diagram";

/** The chain as text, one line per path: readable without JavaScript and by screen readers. */
export function ChainPaths({ paths }: { paths: ChainPathText[] }) {
  return (
    <ol className="chain-paths">
      {paths.map((path) => (
        <li key={path.text} className={path.supported ? undefined : "path-broken"} data-path={path.text}>
          {path.steps.map((step, i) => (
            <span key={`${step.id ?? "article"}-${i}`}>
              {i > 0 ? <span aria-hidden="true"> → </span> : null}
              {i > 0 ? <span className="visually-hidden"> then </span> : null}
              {step.id ? (
                <Link href={`/sources/${step.id}`} prefetch={false}>
                  {step.name}
                </Link>
              ) : (
                step.name
              )}
            </span>
          ))}
          {path.supported ? null : <span className="path-note"> (no longer counted: part of it was retracted)</span>}
        </li>
      ))}
    </ol>
  );
}
