"use client";
// The pending flag and error line every source-record form shows, and a page refresh after a
// successful write so the server-rendered record shows the change.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeError } from "../describe-error";

export function useRecordWrite() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(write: () => Promise<unknown>): Promise<boolean> {
    setPending(true);
    setError(null);
    try {
      await write();
      router.refresh();
      return true;
    } catch (caught) {
      setError(describeError(caught));
      return false;
    } finally {
      setPending(false);
    }
  }

  return { pending, error, setError, run };
}
