import { existsSync, readFileSync } from 'node:fs';

/** User + system CPU seconds a process has used so far (Linux /proc), or undefined when it cannot be read. */
export function processCpuSeconds(pid: number | undefined): number | undefined {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return undefined;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
