// A schema for large nested values that one process shares between many answers (a claim's
// derived provenance and graph, kept by lib/provenance/derive-provenance.ts): each frozen
// object is checked against `schema` the first time it is seen and passes at once after that,
// instead of being parsed and copied again in every answer. A value that is not frozen (it
// could have changed since) is checked every time. Unlike `schema` itself, the value is
// passed on as it is: no copy, unknown keys not stripped, defaults not filled in, so use it
// only for values built whole by Claimtrail's own code.
import { z } from "zod";

/** `schema`'s check on a value of its output type; issues are reported as `schema` reports them. */
export function checkedOnce<S extends z.ZodType>(schema: S) {
  const passed = new WeakSet<object>();
  return z.custom<z.output<S>>().superRefine((value, context) => {
    if (typeof value === "object" && value !== null && passed.has(value)) return;
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) context.addIssue({ ...issue, code: "custom", message: issue.message });
      return;
    }
    if (typeof value === "object" && value !== null && Object.isFrozen(value)) passed.add(value);
  });
}
