import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Memory for the project's own Neo4j on a small machine (two cores, a few GB shared with the API and the tools).
 *
 * What makes first questions slow is planning and an empty page cache, not the heap: the default graph's store is
 * about 45 MB and the whole of it fits in a page cache of a few hundred MB, so the warm-up (src/services/warm-up.ts)
 * can read it all at start. The page cache is therefore sized to the store with room to grow (twice the store plus
 * 128 MiB, at least 256 MiB), but never more than a quarter of the machine's memory or 2 GiB. The heap stays as the
 * launcher flags set it (1 GiB: planning and the largest result of the API, a 5 MB export page, fit well).
 */
export const PAGE_CACHE_MIN_MIB = 256;
export const PAGE_CACHE_MAX_MIB = 2048;

/** The page cache for a store of `storeBytes` on a machine with `totalBytes` of memory, in MiB. */
export function pageCacheMiB(storeBytes: number, totalBytes: number = os.totalmem()): number {
  const mib = 1024 * 1024;
  const wanted = Math.ceil((2 * storeBytes) / mib) + 128;
  const ceiling = Math.max(PAGE_CACHE_MIN_MIB, Math.min(PAGE_CACHE_MAX_MIB, Math.floor(totalBytes / mib / 4)));
  return Math.min(ceiling, Math.max(PAGE_CACHE_MIN_MIB, wanted));
}

/** The launcher arguments for memory: the page cache sized to the store under `dataDir` (its databases folder). */
export function memorySettingsArgs(dataDir: string): string[] {
  return ['--page-cache', `${pageCacheMiB(directoryBytes(path.join(dataDir, 'data', 'databases')))}m`];
}

/** Bytes of the files under `dir` (0 when it does not exist yet: a first start). */
function directoryBytes(dir: string): number {
  let total = 0;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += directoryBytes(p);
    else if (e.isFile()) total += fs.statSync(p).size;
  }
  return total;
}
