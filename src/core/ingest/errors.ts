/** Raised when a text cannot be read as a resolution; the message says what is wrong and what to do. */
export class IngestError extends Error {
  override name = 'IngestError';
}
