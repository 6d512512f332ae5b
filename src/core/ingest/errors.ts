import { AppError } from '../errors';

/** Raised when a text cannot be read as a resolution; the message says what is wrong and what to do. */
export class IngestError extends AppError {
  override name = 'IngestError';
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}
