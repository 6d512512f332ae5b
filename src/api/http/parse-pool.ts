import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { IngestError } from '../../core/ingest/errors';
import { ParsedResolution } from '../../core/ingest/parsed-resolution';
import { repoRoot } from '../../repo-root';
import type { ParseRequest } from './parse.worker';

/** Raised when one text took longer to parse than PARSE_TIMEOUT_MS; its worker was stopped and replaced. */
export class ParseTimeoutError extends Error {
  override name = 'ParseTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(
      `Parsing this text took longer than ${timeoutMs / 1000} s, the limit, and was stopped. Send the text of one resolution as ` +
        'printed (header, organ line, paragraphs); texts with thousands of repeated lines are not resolutions.',
    );
  }
}

/** Raised when more texts wait for a worker than the pool queues. */
export class ParsePoolBusyError extends Error {
  override name = 'ParsePoolBusyError';
  constructor() {
    super('The server is parsing as many texts as it can right now. Try again in a few seconds, or send texts one at a time.');
  }
}

type Answer = { id: number; ok: true; parsed: ParsedResolution } | { id: number; ok: false; input: boolean; message: string };
type Job = { id: number; text: string; resolve: (parsed: ParsedResolution) => void; reject: (error: unknown) => void };
type Slot = { worker: Worker; job?: Job; timer?: NodeJS.Timeout };

export interface ParsePoolOptions {
  /** Worker threads (PARSE_WORKERS). */
  workers: number;
  /** Longest parse of one text (PARSE_TIMEOUT_MS): its worker is then terminated, which stops even a runaway loop. */
  timeoutMs: number;
  /** Texts that may wait for a worker; more are refused with ParsePoolBusyError. Default 8 per worker. */
  maxQueue?: number;
}

/**
 * Parses resolution texts in worker threads, so a long or hostile text never blocks the API's event loop (health
 * checks, other queries), and stops a parse that runs over its time budget. Workers start on first use.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ParsePoolOptions) {}

  /** The parsed resolution, or IngestError (not a resolution), ParseTimeoutError, ParsePoolBusyError. */
  parse(text: string): Promise<ParsedResolution> {
    if (this.closed) return Promise.reject(new Error('the parse pool is closed'));
    if (this.queue.length >= (this.options.maxQueue ?? 8 * this.options.workers)) return Promise.reject(new ParsePoolBusyError());
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers; texts still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the parse pool is closed'));
    await Promise.all(
      this.slots.splice(0).map(async (slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.job?.reject(new Error('the parse pool is closed'));
        await slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.options.workers) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      const busy = slot;
      busy.timer = setTimeout(() => this.replace(busy, new ParseTimeoutError(this.options.timeoutMs)), this.options.timeoutMs);
      busy.worker.postMessage({ id: job.id, text: job.text } satisfies ParseRequest);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(workerScript());
    worker.unref();
    const slot: Slot = { worker };
    worker.on('message', (answer: Answer) => {
      const job = slot.job;
      if (!job || job.id !== answer.id) return;
      clearTimeout(slot.timer);
      slot.job = undefined;
      if (answer.ok) job.resolve(answer.parsed);
      else job.reject(answer.input ? new IngestError(answer.message) : new Error(`parsing failed: ${answer.message}`));
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(slot, error));
    this.slots.push(slot);
    return slot;
  }

  /** Fails the slot's job, terminates its worker and starts the queue on a fresh one. */
  private replace(slot: Slot, error: unknown): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    clearTimeout(slot.timer);
    slot.job?.reject(error);
    slot.job = undefined;
    void slot.worker.terminate();
    if (!this.closed) this.dispatch();
  }
}

/** The compiled worker: beside this file when running from dist/, else (ts-jest) the one `npm run build` wrote. */
function workerScript(): string {
  const beside = join(__dirname, 'parse.worker.js');
  if (existsSync(beside)) return beside;
  const built = join(repoRoot(), 'dist', 'src', 'api', 'http', 'parse.worker.js');
  if (existsSync(built)) return built;
  throw new Error(`The parse worker is not built (${built}); run npm run build.`);
}
