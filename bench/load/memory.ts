import { readFileSync } from 'node:fs';

/** One memory sample of the server process. */
export interface MemorySample {
  atS: number;
  rssBytes: number;
  /** V8 heap in use, when the server exposes it on /metrics (prom-client's nodejs_heap_size_used_bytes). */
  heapUsedBytes?: number;
}

/** Resident set size of a process from /proc/<pid>/status (Linux), in bytes; undefined where there is no /proc. */
export function readRss(pid: number): number | undefined {
  try {
    return parseVmRss(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The VmRSS line of a /proc/<pid>/status text, in bytes. */
export function parseVmRss(status: string): number | undefined {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return m ? Number(m[1]) * 1024 : undefined;
}

/** nodejs_heap_size_used_bytes from a Prometheus text exposition, if present. */
export function parseHeapUsed(metrics: string): number | undefined {
  const m = /^nodejs_heap_size_used_bytes(?:\{[^}]*\})?\s+([0-9.eE+]+)/m.exec(metrics);
  return m ? Number(m[1]) : undefined;
}

/** The server's heap from its /metrics, or undefined when it has no such endpoint. */
export async function readHeapUsed(metricsUrl: string): Promise<number | undefined> {
  try {
    const response = await fetch(metricsUrl, { signal: AbortSignal.timeout(2000) });
    return response.ok ? parseHeapUsed(await response.text()) : undefined;
  } catch {
    return undefined;
  }
}

/** Samples the memory of `pid` every `everyS` seconds until stopped. */
export function sampleMemory(pid: number, metricsUrl: string, everyS: number): { stop(): MemorySample[] } {
  const samples: MemorySample[] = [];
  const started = performance.now();
  let busy = false;
  const take = async () => {
    if (busy) return;
    busy = true;
    const rssBytes = readRss(pid);
    const heapUsedBytes = await readHeapUsed(metricsUrl);
    if (rssBytes !== undefined) samples.push({ atS: (performance.now() - started) / 1000, rssBytes, ...(heapUsedBytes !== undefined ? { heapUsedBytes } : {}) });
    busy = false;
  };
  void take();
  const timer = setInterval(() => void take(), everyS * 1000);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}
