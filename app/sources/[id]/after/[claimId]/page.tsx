// The next claims of a source, after the claim id in the path.
import type { Metadata } from "next";
import { baseUrlOfPage } from "@/server/http/public-base-url";
import { loadSourcePage } from "../../../../components/reader/load-reader-data";
import { SourcePageView, sourcePageMetadata } from "../../../../components/reader/source-page-view";

type Props = { params: Promise<{ id: string; claimId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, claimId } = await params;
  return sourcePageMetadata(await loadSourcePage(id, claimId), await baseUrlOfPage(), false);
}

export default async function SourceClaimsPage({ params }: Props) {
  const { id, claimId } = await params;
  return <SourcePageView page={await loadSourcePage(id, claimId)} firstPage={false} />;
}
