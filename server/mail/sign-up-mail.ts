// The mails sign-up sends (issue 13, "Enumeration"). Sign-up answers every address alike, so
// what happened is told only to the address itself: a new address gets its confirmation link;
// an address that has a confirmed account gets word that someone tried to sign up with it.
import type { OutgoingMail } from "./outbox";

/**
 * `linkBase`: the app's address for links in mail (PUBLIC_URL, or a loopback address the request
 * came in on), or null: the mail then gives the path, to open on the Claimtrail the person uses.
 */
type LinkBase = string | null;

const link = (linkBase: LinkBase, pathAndQuery: string) =>
  linkBase ? `${linkBase}${pathAndQuery}` : `${pathAndQuery} (on the address of your Claimtrail)`;

/** The link that confirms a new account's address; `token` is the only copy of it. */
export function confirmationMail(input: {
  to: string;
  /** The sign-up's account name; null for a link sent again on request (nobody's name is vouched for). */
  name: string | null;
  token: string;
  linkBase: LinkBase;
  /** Where the person was going when they signed up (a safe path), if not the editor's start. */
  next?: string | null;
}): OutgoingMail {
  const next = input.next && input.next !== "/editor" ? `&next=${encodeURIComponent(input.next)}` : "";
  return {
    to: input.to,
    subject: "Confirm your address for Claimtrail",
    text: [
      input.name === null
        ? "Someone, hopefully you, asked again for the link that confirms this address for Claimtrail."
        : `Someone, hopefully you, created a Claimtrail account named "${input.name}" with this address.`,
      "",
      `To confirm it and sign in, open this link within 24 hours, enter the password chosen when signing up and press "Confirm my address":`,
      link(input.linkBase, `/confirm?token=${input.token}${next}`),
      "",
      "If you did not create this account, ignore this mail: it will not be confirmed.",
    ].join("\n"),
  };
}

/** For an address that has a confirmed account already (sign-up, or "send the mail again"): nothing was created or changed. */
export function existingAccountMail(input: { to: string; linkBase: LinkBase }): OutgoingMail {
  return {
    to: input.to,
    subject: "Someone tried to sign up to Claimtrail with your address",
    text: [
      "Someone, perhaps you, tried to create (or confirm) a Claimtrail account with this address, which has a confirmed one already.",
      "Nothing was created and your account is unchanged.",
      "",
      `To use it, sign in: ${link(input.linkBase, "/signin")}`,
      "Forgot your password? Claimtrail has no password reset yet: ask whoever runs your Claimtrail.",
      "If it was not you, you can ignore this mail.",
    ].join("\n"),
  };
}
