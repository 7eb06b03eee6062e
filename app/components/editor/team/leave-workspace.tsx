"use client";
// A member leaves the workspace (asking once). The last owner cannot: the server says so.
import { useRouter } from "next/navigation";
import { AskOnceButton } from "../ask-once-button";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

export function LeaveWorkspace({ workspaceId, workspaceName }: { workspaceId: string; workspaceName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const leaving = useWrite(trpc.workspaces.leave.mutationOptions(), { refresh: false });

  async function leave() {
    if (await leaving.run({ workspaceId })) router.push("/editor");
  }

  return (
    <div>
      <AskOnceButton
        label="Leave this workspace"
        ariaLabel={`Leave ${workspaceName}`}
        question={`Leave ${workspaceName}? Only an owner can invite you back.`}
        disabled={leaving.pending}
        onConfirm={() => void leave()}
      />
      <WriteProblem problem={leaving.problem} />
    </div>
  );
}
