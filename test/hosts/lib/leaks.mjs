// Where a secret could end up in what a browser downloads.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` (relative to `root`) whose bytes contain one of `secrets`, with the secret it holds. */
export function filesContaining(dir, secrets, root = dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...filesContaining(path, secrets, root));
      continue;
    }
    const text = readFileSync(path).toString('latin1');
    for (const secret of secrets) if (text.includes(secret)) found.push(`${relative(root, path)} holds ${secret}`);
  }
  return found;
}

/** The secrets a host must never ship: the key, the upstream's origin and its bare `host:port`. */
export const secretsOf = (key, upstreamOrigin) => [key, upstreamOrigin, new URL(upstreamOrigin).host];
