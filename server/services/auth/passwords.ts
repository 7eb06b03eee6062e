// Password hashing with argon2id (@node-rs/argon2, OWASP's recommended parameters are its
// defaults). Why not a full auth framework: see docs/AUTH.md.
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
