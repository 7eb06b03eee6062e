// The two field shapes every procedure input shares: a record's id and the version of it the
// caller read (optimistic concurrency). Messages name the field and say what to send.
import { z } from "zod";

/** A record id: a UUID. `what` names the field in the message, e.g. "claimId". */
export const Uuid = (what: string) => z.string({ message: `${what} is required` }).uuid(`${what} must be a UUID`);

/** The version of a record the caller read, starting at 1; a stale one is refused with CONFLICT by the service. */
export const Version = (what = "version", record = "record") =>
  z
    .number({ message: `${what} is required: send the version of the ${record} you read` })
    .int(`${what} must be a whole number`)
    .min(1, `${what} starts at 1`);
