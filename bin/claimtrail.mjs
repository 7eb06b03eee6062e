#!/usr/bin/env node
// The `claimtrail` command. The project is TypeScript run by tsx; the data folder and the
// migrations are found from this package's root, whatever folder the command runs in.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.env.CLAIMTRAIL_ROOT ??= root;
register({ tsconfig: path.join(root, "tsconfig.json") });
await import(path.join(root, "scripts", "cli.ts"));
