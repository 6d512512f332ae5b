import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { IngestError } from '../core/ingest/errors';
import { assertInputSize, decodeInput } from '../services/ingest-service';

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

/** A path that gave no file to read, and what to do about it. */
export interface PathProblem {
  path: string;
  message: string;
}

/**
 * Files named on the command line are taken whatever their extension; folders give their .txt and .md files,
 * recursively and sorted (hidden entries skipped).
 */
export function collectFiles(paths: string[]): { files: string[]; problems: PathProblem[] } {
  const files: string[] = [];
  const problems: PathProblem[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: dir, message: `Cannot read the folder (${describeFsError(error)}). Check its permissions.` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
    }
  };
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      problems.push({ path, message: 'No such file or folder. Check the path.' });
      continue;
    }
    if (isDirectory) walk(path);
    else files.push(path);
  }
  return { files: [...new Set(files)], problems };
}

/** Reads one file, refusing before reading what is too large to be one resolution. */
export function readInput(file: string): string {
  let bytes: Buffer;
  try {
    assertInputSize(statSync(file).size);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(`Cannot read the file (${describeFsError(error)}). Check that it exists and that you may read it.`);
  }
  return decodeInput(bytes);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'EACCES' || code === 'EPERM') return `${code}: permission denied`;
  if (code === 'ENOENT') return `${code}: it no longer exists`;
  if (code === 'EISDIR') return `${code}: it is a folder`;
  return `${code}: the system refused to read it`;
}
