// Inputs of sign-up, sign-in and workspace procedures, shared by forms and procedures.
import { z } from "zod";
import { NameText } from "../input/name-text";
import { Role } from "../vocabulary";

const Email = z.string().trim().toLowerCase().email("enter a valid email address").max(254);
// A person's or workspace's name is shown to others (team lists, invitations), so it follows the
// look-alike rule of source names and titles (lib/input/name-text.ts): cleaned, and refused when
// it could pass for another name.
const Name = (what: string) =>
  NameText(what)
    .trim()
    .min(1, "enter a name")
    .max(120, "names are at most 120 characters")
    .refine((value) => !/[<>]/.test(value), "names cannot contain < or >");

export const SignUpInput = z.object({
  email: Email,
  name: Name("the account name"),
  password: z
    .string()
    .min(10, "passwords need at least 10 characters")
    .max(200, "passwords are at most 200 characters"),
  /** The page to open once the address is confirmed (the confirmation link carries it; only a path of this site is kept). */
  next: z.string().max(500, "next is at most 500 characters").optional(),
});
export type SignUpInput = z.infer<typeof SignUpInput>;

/** The token of a confirmation link (server/services/auth/email-confirmations.ts): 43 base64url characters. */
export const ConfirmationTokenInput = z.object({
  token: z
    .string()
    .max(100, "a confirmation token is at most 100 characters")
    .regex(/^[A-Za-z0-9_-]+$/, "a confirmation token holds only letters, digits, - and _; copy the whole link"),
});

/**
 * Confirming an address: the link's token and the password chosen at sign-up. Asking for the
 * password means only whoever chose it can confirm with it: a stranger who signed up with the
 * same address cannot have its owner confirm the stranger's password, and a link pressed by
 * someone else signs no one into the stranger's account.
 */
export const ConfirmEmailInput = ConfirmationTokenInput.extend({
  password: z.string().min(1, "enter the password you chose when you signed up").max(200),
});
export type ConfirmEmailInput = z.infer<typeof ConfirmEmailInput>;

/** Where to send the confirmation link again. */
export const ResendConfirmationInput = z.object({ email: Email });

export const SignInInput = z.object({ email: Email, password: z.string().min(1, "enter your password").max(200) });
export type SignInInput = z.infer<typeof SignInInput>;

export const WorkspaceSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "a workspace address needs at least 2 characters")
  .max(40, "a workspace address is at most 40 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase letters, digits and single dashes");

export const CreateWorkspaceInput = z.object({ name: Name("the workspace name"), slug: WorkspaceSlug });
export type CreateWorkspaceInput = z.infer<typeof CreateWorkspaceInput>;

/** An owner offers a place with a role to an address; the person accepts or declines it. */
export const InviteMemberInput = z.object({ workspaceId: z.string().uuid(), email: Email, role: Role });
export type InviteMemberInput = z.infer<typeof InviteMemberInput>;

export const InvitationRef = z.object({ invitationId: z.string().uuid("invitationId must be a UUID") });

export const MemberRoleInput = z.object({
  workspaceId: z.string().uuid(),
  userId: z.string().uuid("userId must be a UUID"),
  role: Role,
});
export const MemberRef = z.object({ workspaceId: z.string().uuid(), userId: z.string().uuid("userId must be a UUID") });

/** Roles in increasing power: each includes what the ones before it may do. */
export const ROLE_RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, OWNER: 3 };
