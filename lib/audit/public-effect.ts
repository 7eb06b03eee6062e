// Which recorded actions can change what a signed-out reader sees (a public page or the public
// API): after one of them, the cached public reads are dropped (server/cache/public-reads.ts).
// The table is total over AuditAction, so a new action does not compile until it says.
import type { AuditAction } from "./audit-action";

// True wherever an article, claim, hop, source or vocabulary term may be shown publicly, drafts
// included: the audit record does not say whether the change touched only a draft, and saying
// yes when unsure costs one re-read per page, while saying no would leave a page wrong.
const CHANGES_PUBLIC_PAGES: Record<AuditAction, boolean> = {
  "claim.create": true,
  "claim.update": true,
  "claim.accept_suggestion": true,
  "claim.reanchor": true,
  "claim.restore": true,
  "claim.delete": true,
  "hop.add": true,
  "hop.update": true,
  "hop.remove": true,
  "hop.restore": true,
  "hop.relation_term": true,
  "review.submit": true,
  "review.sign_off": true,
  "review.publish": true,
  "review.send_back": true,
  "review.unpublish": true,
  "tag.add": true,
  "tag.remove": true,
  "article.create": true,
  "article.import": true,
  "article.revise": true,
  "article.status": true,
  "seed.load": true,
  // A cleaned title, publisher or source name shows on public pages.
  "maintenance.clean_name": true,
  "snapshot.add": true,
  "source.alias.add": true,
  "source.alias.remove": true,
  "source.assess": true,
  "source.create": true,
  "source.details": true,
  "source.link.add": true,
  "source.link.remove": true,
  "source.merge": true,
  "source.rename": true,
  "source.standing": true,
  "source.unmerge": true,
  "term.add": true,
  "term.remove": true,
  "workspace.settings": true,
  // Accounts, sessions, tokens and teams: nothing a reader sees.
  "api_token.create": false,
  "api_token.revoke": false,
  "invitation.accept": false,
  "invitation.create": false,
  "invitation.decline": false,
  "invitation.withdraw": false,
  "membership.first_owner": false,
  "membership.leave": false,
  "membership.remove": false,
  "membership.set": false,
  "user.confirm_email": false,
  "user.sign_out_everywhere": false,
  "user.sign_up": false,
  "workspace.create": false,
};

/** Whether `action` may change a public page or a signed-out answer of the public API. */
export function changesPublicPages(action: AuditAction): boolean {
  return CHANGES_PUBLIC_PAGES[action];
}
