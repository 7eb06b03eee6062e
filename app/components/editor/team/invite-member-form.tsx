"use client";
// The owner's invitation form: an email address and the role offered. Nobody joins until the
// person signed in with that address accepts; no email is sent, so the form says where they
// find it.
import { type FormEvent, useState } from "react";
import { Role } from "@/lib/vocabulary";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

export function InviteMemberForm({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const inviting = useWrite(trpc.workspaces.invite.mutationOptions());
  const [invited, setInvited] = useState<string | null>(null);

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const invitation = await inviting.run({
      workspaceId,
      email: String(data.get("email") ?? ""),
      role: Role.parse(data.get("role")),
    });
    if (!invitation) return;
    setInvited(`Invited ${invitation.email} as ${invitation.role.toLowerCase()}.`);
    form.reset();
  }

  return (
    <form className="editor-form" onSubmit={invite} aria-label="Invite someone">
      <div className="form-row">
        <label>
          Email
          <input name="email" type="email" required maxLength={254} placeholder="name@newsroom.example" />
        </label>
        <label>
          Role
          <select name="role" defaultValue="EDITOR">
            {Role.options.map((role) => (
              <option key={role} value={role}>
                {role.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={inviting.pending}>
          Invite
        </button>
      </div>
      <p className="meta">
        No email is sent: tell them to sign in (or sign up) with this address; the invitation waits on their workspaces
        page until they accept or decline it.
      </p>
      {invited ? <output className="meta">{invited}</output> : null}
      <WriteProblem problem={inviting.problem} />
    </form>
  );
}
