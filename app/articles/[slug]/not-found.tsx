import Link from "next/link";

export default function ArticleNotFound() {
  return (
    <main className="reader">
      <h1>No article here</h1>
      <p>
        There is no published article at this address. Check the link; if the article is a draft, only members of its
        newsroom can read it.
      </p>
      <p>
        <Link href="/" prefetch={false}>
          See the published articles
        </Link>
      </p>
    </main>
  );
}
