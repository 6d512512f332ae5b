import { parentPort } from 'node:worker_threads';
import { IngestError } from '../../core/ingest/errors';
import { catalogueIndex, parseText } from '../../services/ingest-service';

/** A parse request from the pool (src/api/http/parse-pool.ts), and the answer this worker sends back. */
export interface ParseRequest {
  id: number;
  text: string;
}

/** Runs the parser for the pool, off the API's event loop; the catalogue index is built once per worker. */
const port = parentPort;
if (port) {
  const index = catalogueIndex();
  port.on('message', ({ id, text }: ParseRequest) => {
    try {
      port.postMessage({ id, ok: true, parsed: parseText(text, index) });
    } catch (error) {
      port.postMessage({ id, ok: false, input: error instanceof IngestError, message: error instanceof Error ? error.message : String(error) });
    }
  });
}
