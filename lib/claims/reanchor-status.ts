import { z } from "zod";

export const ReanchorStatusSchema = z.enum(["unchanged", "moved", "needs_review"]);
