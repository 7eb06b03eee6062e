import Link from "next/link";

export default function SourceNotFound() {
  return (
    <main className="reader">
      <h1>No source here</h1>
      <p>There is no source at this address that a published article relies on. Check the link.</p>
      <p>
        <Link href="/" prefetch={false}>
          See the published articles
        </Link>
      </p>
    </main>
  );
}
