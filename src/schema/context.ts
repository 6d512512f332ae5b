import { ReadRepository } from '../graph/read.repository';
import { createLoaders, Loaders } from './loaders';

/** What every resolver receives: the repository, per-request loaders and the limits in force. */
export interface GraphContext {
  repo: ReadRepository;
  loaders: Loaders;
  maxPageSize: number;
  requestId: string;
}

/** A fresh context per request, so loader caches never leak between requests. */
export function createContext(repo: ReadRepository, maxPageSize: number, requestId: string): GraphContext {
  return { repo, loaders: createLoaders(repo), maxPageSize, requestId };
}
