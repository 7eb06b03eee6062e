import Link from "next/link";

export default function ClaimNotFound() {
  return (
    <main className="reader">
      <h1>No claim here</h1>
      <p>There is no published claim at this address. It may have been removed, or it belongs to a draft article.</p>
      <p>
        <Link href="/" prefetch={false}>
          See the published articles
        </Link>
      </p>
    </main>
  );
}
