import Link from "next/link";
import { connection } from "next/server";
import { getServerCaller } from "@/server/trpc/caller";

export default async function HomePage() {
  await connection();
  const articles = await (await getServerCaller()).articles.list();
  return (
    <main>
      <h1>Articles</h1>
      {articles.length === 0 ? (
        <p>No published articles yet.</p>
      ) : (
        <ul>
          {articles.map((article) => (
            <li key={article.id}>
              <Link href={`/articles/${article.slug}`}>{article.title}</Link>{" "}
              <span className="meta">
                {article.publisher ? `${article.publisher} · ` : ""}
                {article.claimCount} claims
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
