"use client";
// A workspace's members on the settings page. Owners change a member's role and remove members
// (asking once); the server refuses any change that would leave the workspace without an owner.
import { useState } from "react";
import { Role } from "@/lib/vocabulary";
import { AskOnceButton } from "../ask-once-button";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

export type TeamMember = { userId: string; name: string; email: string; role: Role };

type Props = { workspaceId: string; members: TeamMember[]; canManage: boolean };

export function TeamMembers({ workspaceId, members, canManage }: Props) {
  const trpc = useTRPC();
  const changing = useWrite(trpc.workspaces.setRole.mutationOptions());
  const removing = useWrite(trpc.workspaces.removeMember.mutationOptions());
  // A role select shows what was asked from the change until the refreshed page brings the
  // server's value; a refused change shows the server's value again.
  const [asked, setAsked] = useState<{ userId: string; from: Role; to: Role } | null>(null);
  const shown = (member: TeamMember) =>
    asked?.userId === member.userId && asked.from === member.role ? asked.to : member.role;

  async function change(member: TeamMember, role: Role) {
    setAsked({ userId: member.userId, from: member.role, to: role });
    if ((await changing.run({ workspaceId, userId: member.userId, role })) === undefined) setAsked(null);
  }

  return (
    <div>
      <table className="terms-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            {canManage ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.userId}>
              <td>{member.name}</td>
              <td>{member.email}</td>
              <td>
                {canManage ? (
                  <select
                    aria-label={`Role of ${member.name}`}
                    value={shown(member)}
                    disabled={changing.pending}
                    onChange={(event) => void change(member, Role.parse(event.target.value))}
                  >
                    {Role.options.map((role) => (
                      <option key={role} value={role}>
                        {role.toLowerCase()}
                      </option>
                    ))}
                  </select>
                ) : (
                  member.role.toLowerCase()
                )}
              </td>
              {canManage ? (
                <td>
                  <AskOnceButton
                    label="Remove"
                    ariaLabel={`Remove ${member.name}`}
                    question={`Remove ${member.name} from the workspace?`}
                    disabled={removing.pending}
                    onConfirm={() => void removing.run({ workspaceId, userId: member.userId })}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <WriteProblem problem={changing.problem ?? removing.problem} />
    </div>
  );
}
