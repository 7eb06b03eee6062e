// Older published articles, after the cursor in the path.
import type { Metadata } from "next";
import { ArticleListView } from "../../components/reader/article-list-view";
import { loadArticleList } from "../../components/reader/load-reader-data";

type Props = { params: Promise<{ cursor: string }> };

export const metadata: Metadata = { title: "Older articles" };

export default async function OlderArticlesPage({ params }: Props) {
  return <ArticleListView page={await loadArticleList((await params).cursor)} firstPage={false} />;
}
