// The home page: the newest published articles.
import { ArticleListView } from "./components/reader/article-list-view";
import { loadArticleList } from "./components/reader/load-reader-data";

export default async function HomePage() {
  return <ArticleListView page={await loadArticleList(null)} firstPage />;
}
