import Link from "next/link";
import { connection } from "next/server";
import { getServerCaller } from "@/server/trpc/caller";

export default async function HomePage() {
  await connection();
  const articles = await (await getServerCaller()).articles.list();
  return (
    <main>
      <h1>Articles</h1>
      <p className="meta">
        Each published article with every claim traced back to where it came from: first-hand, second-hand, or not
        attributed at all.
      </p>
      {articles.length === 0 ? (
        <p>No published articles yet.</p>
      ) : (
        <ul className="articles">
          {articles.map((article) => (
            <li key={article.id}>
              <Link href={`/articles/${article.slug}`}>{article.title}</Link>
              <br />
              <span className="meta">
                {article.publisher ? `${article.publisher} · ` : ""}
                {article.publishedAt ? `${article.publishedAt.slice(0, 10)} · ` : ""}
                {article.claimCount} claims
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
