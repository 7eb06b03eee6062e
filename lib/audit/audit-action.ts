// Every action the audit log records, as one typed union: services can only write these, and the
// review workflow decides from the union (not from string prefixes) which ones change a claim's
// sourcing.
import type { ReviewAction } from "../review/schemas";

const CLAIM_SOURCING_ACTIONS = [
  "claim.create",
  "claim.update",
  "claim.accept_suggestion",
  "claim.reanchor",
  "claim.restore",
  "hop.add",
  "hop.update",
  "hop.remove",
  "hop.restore",
  "hop.relation_term",
] as const;

export type AuditAction =
  | (typeof CLAIM_SOURCING_ACTIONS)[number]
  | `review.${ReviewAction}`
  | "claim.delete"
  | "tag.add"
  | "tag.remove"
  | "article.create"
  | "article.import"
  | "article.revise"
  | "article.status"
  | "api_token.create"
  | "api_token.revoke"
  | "invitation.accept"
  | "invitation.create"
  | "invitation.decline"
  | "invitation.withdraw"
  | "membership.first_owner"
  | "membership.leave"
  | "membership.remove"
  | "membership.set"
  | "seed.load"
  | "maintenance.clean_name"
  | "snapshot.add"
  | "source.alias.add"
  | "source.alias.remove"
  | "source.assess"
  | "source.create"
  | "source.details"
  | "source.link.add"
  | "source.link.remove"
  | "source.merge"
  | "source.rename"
  | "source.standing"
  | "source.unmerge"
  | "term.add"
  | "term.remove"
  | "user.confirm_email"
  | "user.sign_out_everywhere"
  | "user.sign_up"
  | "workspace.create"
  | "workspace.settings";

const SOURCING: ReadonlySet<AuditAction> = new Set(CLAIM_SOURCING_ACTIONS);

/**
 * Whether an action changes a claim's sourcing (its words, speaker, kind, status or chain). Under
 * second review, whoever made the last such change may not sign the claim off (docs/REVIEW.md);
 * review steps and tags do not count.
 */
export function isSourcingChange(action: AuditAction): boolean {
  return SOURCING.has(action);
}
