import pino, { Logger } from 'pino';

/**
 * The process logger, with the request id on request lines. `json` writes one JSON object per line (for log
 * collectors); `pretty` writes readable lines (for people at a terminal); `auto` picks pretty on a terminal.
 */
export function createLogger(level: string, format: 'auto' | 'json' | 'pretty' = 'json'): Logger {
  const pretty = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  return pino({
    level,
    base: { app: 'unhr-graph' },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
    ...(pretty ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname,app', translateTime: 'HH:MM:ss' } } } : {}),
  });
}

export type { Logger };
