// The review workflow of a claim's sourcing, as a pure state machine:
//
//   DRAFT ──submit──▶ IN_REVIEW ──sign_off──▶ REVIEWED ──publish──▶ PUBLISHED
//     ▲                  │                       │                      │
//     └────send_back─────┴───────send_back───────┘                      │
//     └──────────────────────────unpublish──────────────────────────────┘
//
// Without second review an editor may also publish a draft or a claim in review directly.
// With it (Workspace.requireSecondReview), the editor who last changed the claim's sourcing
// cannot sign it off, and a claim is published only as it was signed off.
import type { ReviewState, Role } from "../vocabulary";
import { REVIEW_STATE_WORDS } from "../words/display-words";
import type { ReviewAction } from "./schemas";

export type ReviewContext = {
  state: ReviewState;
  actor: { userId: string; role: Role };
  requireSecondReview: boolean;
  /** Who last changed the claim's sourcing (null: nobody since import, or only the system). */
  lastSourcingEditorId: string | null;
  /** For REVIEWED claims: whether the claim changed after it was signed off. */
  changedSinceSignOff: boolean;
  note: string | null;
};

type ReviewRefusal = { code: "FORBIDDEN" | "INVALID"; message: string };
export type ReviewOutcome =
  | {
      ok: true;
      to: ReviewState /** The reviewer to record: an id, null to clear it, undefined to keep it. */;
      reviewedById: string | null | undefined;
    }
  | ({ ok: false } & ReviewRefusal);

/** The state each action leads to, from the states it applies to. */
export const TRANSITIONS: Record<ReviewAction, { from: readonly ReviewState[]; to: ReviewState }> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW" },
  sign_off: { from: ["IN_REVIEW"], to: "REVIEWED" },
  publish: { from: ["DRAFT", "IN_REVIEW", "REVIEWED"], to: "PUBLISHED" },
  send_back: { from: ["IN_REVIEW", "REVIEWED"], to: "DRAFT" },
  unpublish: { from: ["PUBLISHED"], to: "DRAFT" },
};

const REVIEW_ACTIONS = Object.keys(TRANSITIONS) as ReviewAction[];

export const ACTION_LABEL: Record<ReviewAction, string> = {
  submit: "Submit for review",
  sign_off: "Sign off",
  publish: "Publish",
  send_back: "Send back",
  unpublish: "Unpublish",
};

const WRONG_STATE: Record<ReviewAction, string> = {
  submit: "only a draft can be submitted for review",
  sign_off: "only a claim in review can be signed off; submit it for review first",
  publish: "this claim is published already",
  send_back: "only a claim in review or reviewed can be sent back",
  unpublish: "only a published claim can be unpublished",
};

/** Decides one action: where it leads, or why it is refused, in words an editor can act on. */
export function decideReviewAction(action: ReviewAction, context: ReviewContext): ReviewOutcome {
  const { state, actor } = context;
  if (actor.role === "VIEWER")
    return refuse("FORBIDDEN", "viewers cannot change a claim's review state; ask an editor of the workspace");
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(state))
    return refuse("INVALID", `${WRONG_STATE[action]} (it is ${REVIEW_STATE_WORDS[state]})`);

  switch (action) {
    case "submit":
      return { ok: true, to: transition.to, reviewedById: null };
    case "sign_off":
      if (context.requireSecondReview && context.lastSourcingEditorId === actor.userId) {
        return refuse(
          "FORBIDDEN",
          "you made the last change to this claim's sourcing, and this workspace requires a second editor's sign-off; ask another editor to sign it off",
        );
      }
      return { ok: true, to: transition.to, reviewedById: actor.userId };
    case "publish":
      if (context.requireSecondReview && state !== "REVIEWED") {
        return refuse(
          "FORBIDDEN",
          "this workspace requires a second editor's sign-off before publishing; submit the claim for review",
        );
      }
      if (context.requireSecondReview && context.changedSinceSignOff) {
        return refuse(
          "FORBIDDEN",
          "the claim changed after it was signed off; send it back, then submit it for a new sign-off",
        );
      }
      // Publishing directly, the publisher vouches for the sourcing and is recorded as reviewer.
      return { ok: true, to: transition.to, reviewedById: state === "REVIEWED" ? undefined : actor.userId };
    case "send_back":
      if (!context.note?.trim())
        return refuse("INVALID", "say what needs to change: a note is required to send a claim back");
      return { ok: true, to: transition.to, reviewedById: null };
    case "unpublish":
      return { ok: true, to: transition.to, reviewedById: null };
  }
}

export type AvailableAction = { action: ReviewAction; allowed: boolean; reason: string | null };

/**
 * The actions that apply to the claim's state, each allowed or with the reason it is not. Under
 * second review, publishing is offered only once a claim is signed off. Sending back is judged
 * as if the editor will write the note it asks for.
 */
export function listReviewActions(context: Omit<ReviewContext, "note">): AvailableAction[] {
  return REVIEW_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(context.state))
    .filter((action) => !(action === "publish" && context.requireSecondReview && context.state !== "REVIEWED"))
    .map((action) => {
      const outcome = decideReviewAction(action, { ...context, note: action === "send_back" ? "a note" : null });
      return { action, allowed: outcome.ok, reason: outcome.ok ? null : outcome.message };
    });
}

function refuse(code: ReviewRefusal["code"], message: string): ReviewOutcome {
  return { ok: false, code, message };
}
