// The parts a source plays in one claim's sourcing, for source pages.
import type { ClaimSourcing, SourceRole } from "../sourcing/schemas";

export function rolesOfSource(claim: ClaimSourcing, sourceId: string): SourceRole[] {
  const roles: SourceRole[] = [];
  if (claim.speaker?.id === sourceId) roles.push("speaker");
  const onHops = claim.hops.some((hop) => hop.from.id === sourceId || hop.to?.id === sourceId);
  if (claim.provenance.origins.includes(sourceId)) roles.push("origin");
  else if (onHops) roles.push("intermediary");
  if (claim.namedSources.some((named) => named.id === sourceId)) roles.push("named");
  if (claim.primaryRecordSource?.id === sourceId) roles.push("record_statement");
  return roles;
}
