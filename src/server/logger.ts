import pino, { Logger } from 'pino';

/** The process logger: JSON lines on stdout, one per event, with the request id where there is one. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'unhr-graph' }, redact: ['req.headers.authorization', 'req.headers["x-api-key"]'] });
}

export type { Logger };
