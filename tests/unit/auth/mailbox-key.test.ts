import { describe, expect, it } from "vitest";
import { mailboxKey } from "../../../lib/auth/mailbox-key.ts";

describe("mailboxKey", () => {
  it("counts sub-addressed variants as one mailbox", () => {
    expect(mailboxKey("Ann+1@Example.org")).toBe("ann@example.org");
    expect(mailboxKey("ann+news+x@example.org")).toBe("ann@example.org");
    expect(mailboxKey("ann@example.org")).toBe("ann@example.org");
  });

  it("reads Gmail's dots and googlemail.com as one mailbox", () => {
    expect(mailboxKey("a.n.n@gmail.com")).toBe("ann@gmail.com");
    expect(mailboxKey("A.nn+x@googlemail.com")).toBe("ann@gmail.com");
  });

  it("keeps dots elsewhere and a local part that starts with '+'", () => {
    expect(mailboxKey("a.nn@example.org")).toBe("a.nn@example.org");
    expect(mailboxKey("+ann@example.org")).toBe("+ann@example.org");
  });
});
