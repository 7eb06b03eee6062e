import { describe, expect, it } from "vitest";
import { pageContentSecurityPolicy } from "@/lib/http/security-headers";

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name, ...values] = directive.split(" ");
      return [name!, values.join(" ")];
    }),
  );
}

describe("pageContentSecurityPolicy", () => {
  it("runs only scripts carrying the request's nonce, and those they load", () => {
    const policy = directives(pageContentSecurityPolicy("bm9uY2U="));
    expect(policy.get("script-src")).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'self'");
  });

  it("lets no other site frame a page, receive a form or be fetched", () => {
    const policy = directives(pageContentSecurityPolicy("n"));
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.get("form-action")).toBe("'self'");
    expect(policy.get("connect-src")).toBe("'self'");
  });

  it("allows eval only to the development server", () => {
    expect(pageContentSecurityPolicy("n")).not.toContain("unsafe-eval");
    expect(directives(pageContentSecurityPolicy("n", true)).get("script-src")).toContain("'unsafe-eval'");
  });
});
