// One key per mailbox for limits on the mail sent to an address: "ann+1@example.org" and
// "ann+2@example.org" reach one inbox (sub-addressing, RFC 5233), as do "a.nn@gmail.com" and
// "ann@googlemail.com" (Gmail ignores dots in the local part). Counting them apart would let a
// stranger multiply a mailbox's allowance by inventing variants.

const DOTLESS_DOMAINS = new Map([
  ["gmail.com", "gmail.com"],
  ["googlemail.com", "gmail.com"],
]);

/**
 * The mailbox an address delivers to, for counting only (never for sending or display): the
 * address lowercased, without a "+tag" in the local part, and for Gmail without dots and with
 * googlemail.com read as gmail.com. An address without "@" is returned lowercased.
 */
export function mailboxKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  const dotless = DOTLESS_DOMAINS.get(domain);
  if (dotless) {
    local = local.replaceAll(".", "");
    domain = dotless;
  }
  return `${local}@${domain}`;
}
