"use client";
// Accept or decline on an invitation's page. Both are POSTs (tRPC mutations), sent only when the
// person presses a button: a mail scanner or link preview that GETs the page answers nothing.
import { useRouter } from "next/navigation";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

export function AnswerInvitation({ token, workspaceName }: { token: string; workspaceName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const answering = useWrite(trpc.workspaces.answerInvitation.mutationOptions(), { refresh: false });

  async function answer(accept: boolean) {
    const answered = await answering.run({ token, accept });
    if (!answered) return;
    router.push(answered.accepted ? `/editor/${answered.workspaceSlug}` : "/editor");
    router.refresh();
  }

  return (
    <div>
      <button type="button" disabled={answering.pending} onClick={() => void answer(true)}>
        Accept and join {workspaceName}
      </button>{" "}
      <button type="button" className="link-button" disabled={answering.pending} onClick={() => void answer(false)}>
        Decline
      </button>
      <WriteProblem problem={answering.problem} />
    </div>
  );
}
