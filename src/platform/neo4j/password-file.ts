import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../repo-root';

/** Neo4j 5 refuses shorter passwords. */
export const MIN_PASSWORD_LENGTH = 8;

/** The default home of the local server: `<repo>/.neo4j`. */
export function defaultHomeDir(): string {
  return path.join(repoRoot(), '.neo4j');
}

/** Where the generated password of the local server is kept: `<homeDir>/auth/password`. */
export function passwordFilePath(homeDir: string): string {
  return path.join(homeDir, 'auth', 'password');
}

/**
 * The password for the local server: `fromEnv` when given and not empty, else the content of
 * `<homeDir>/auth/password`, which is created with a random 24-character password (mode 0600) if absent.
 */
export function resolveLocalPassword(homeDir: string, fromEnv?: string): string {
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const file = passwordFilePath(homeDir);
  const existing = readPasswordFile(file);
  if (existing !== undefined) return existing;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const password = randomPassword(24);
  try {
    fs.writeFileSync(file, password + '\n', { mode: 0o600, flag: 'wx' });
    return password;
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      const raced = readPasswordFile(file);
      if (raced !== undefined) return raced;
    }
    throw err;
  }
}

function readPasswordFile(file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const password = text.trim();
  if (password === '') throw new Error(`${file} is empty; delete it to have a new password generated`);
  return password;
}

export function randomPassword(length: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const out: string[] = [];
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      // Rejection sampling keeps the distribution uniform.
      if (b < 256 - (256 % alphabet.length) && out.length < length) out.push(alphabet[b % alphabet.length]);
    }
  }
  return out.join('');
}
