import { describe, expect, it } from "vitest";
import { clientKeyOf } from "@/lib/http/client-key";

describe("clientKeyOf", () => {
  it("counts every IPv6 address of one /64 as one client", () => {
    expect(clientKeyOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("2001:0DB8:0001:0002:0:0:0:9")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("fe80::1%eth0")).toBe("fe80::/64");
  });

  it("keeps neighbouring /64s apart", () => {
    expect(clientKeyOf("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(clientKeyOf("2001:db8:1:3::1")).not.toBe(clientKeyOf("2001:db8:1:2::1"));
  });

  it("counts IPv4 addresses alone, also when written as IPv6", () => {
    expect(clientKeyOf("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKeyOf("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(clientKeyOf("::ffff:127.0.0.1")).toBe("127.0.0.1");
  });

  it("leaves what is not an address as it is", () => {
    expect(clientKeyOf("unknown")).toBe("unknown");
    expect(clientKeyOf("")).toBe("");
  });
});
