// A source's page: what it is, whether it has been corrected or retracted, and the first page of
// the published claims it takes part in, with the part it plays.
import type { Metadata } from "next";
import { baseUrlOfPage } from "@/server/http/public-base-url";
import { loadSourcePage } from "../../components/reader/load-reader-data";
import { SourcePageView, sourcePageMetadata } from "../../components/reader/source-page-view";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sourcePageMetadata(await loadSourcePage((await params).id, null), await baseUrlOfPage(), true);
}

export default async function SourcePage({ params }: Props) {
  return <SourcePageView page={await loadSourcePage((await params).id, null)} firstPage />;
}
