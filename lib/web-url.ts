// Links people can follow: only http(s). A javascript: or data: URL stored as a source or
// evidence link would run when a reader clicks it.
import { z } from "zod";

export const WebUrl = z
  .string()
  .trim()
  .max(2000, "URLs are at most 2000 characters")
  .url("enter a full URL, starting with https://")
  .refine((value) => /^https?:\/\//i.test(value), "enter a full URL, starting with https:// (or http://)");
