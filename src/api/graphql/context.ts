import { createHash, timingSafeEqual } from 'node:crypto';
import { DEFAULT_MAX_GRAPH_NODES } from '../../config';
import { ExploreRepository } from '../../graph/explore.repository';
import { LoadRepository } from '../../graph/load.repository';
import { ReadRepository } from '../../graph/read.repository';
import { ParsedResolution } from '../../core/ingest/parsed-resolution';
import { createLoaders, Loaders } from './loaders';

/** Whether this request may write: decided once per request from the configured and the presented API key. */
export type WriteAccess =
  | { state: 'DISABLED' }
  | { state: 'DENIED' }
  | { state: 'GRANTED'; load: LoadRepository; parse?: ParseText };

/** Parses one text off the event loop (the worker pool of src/api/http/parse-pool.ts); absent, the resolver parses in place. */
export type ParseText = (text: string) => Promise<ParsedResolution>;

/** What decides write access. Without all of `apiKey`, a matching `presentedKey` and `load`, nothing can be written. */
export interface WriteSetup {
  /** The configured API_KEY; unset disables writes. */
  apiKey?: string;
  /** The key the request presented (x-api-key header or Authorization: Bearer). */
  presentedKey?: string;
  /** Where granted writes go. */
  load?: LoadRepository;
  /** Where texts are parsed. */
  parse?: ParseText;
}

/** What every resolver receives: the repository, per-request loaders, the limits in force and write access. */
export interface GraphContext {
  repo: ReadRepository;
  loaders: Loaders;
  maxPageSize: number;
  /** Reads for neighbourhood, paths and timeline. */
  explore: ExploreRepository;
  /** The most nodes a neighbourhood may return. */
  maxGraphNodes: number;
  requestId: string;
  writes: WriteAccess;
  /** False turns off the one-statement planning of root lookups (src/api/graphql/planner); on unless set. */
  planner?: boolean;
}

/** A fresh context per request, so loader caches never leak between requests. */
export function createContext(
  repo: ReadRepository,
  maxPageSize: number,
  requestId: string,
  writes: WriteSetup = {},
  maxGraphNodes: number = DEFAULT_MAX_GRAPH_NODES,
): GraphContext {
  const explore = new ExploreRepository(repo.executor);
  return { repo, loaders: createLoaders(repo), maxPageSize, explore, maxGraphNodes, requestId, writes: writeAccess(writes) };
}

function writeAccess({ apiKey, presentedKey, load, parse }: WriteSetup): WriteAccess {
  if (!apiKey || !load) return { state: 'DISABLED' };
  return apiKeyMatches(apiKey, presentedKey) ? { state: 'GRANTED', load, ...(parse ? { parse } : {}) } : { state: 'DENIED' };
}

/**
 * Compares keys in constant time. Comparing SHA-256 digests gives timingSafeEqual the equal lengths it needs
 * without revealing the length of the configured key.
 */
export function apiKeyMatches(configured: string | undefined, presented: string | undefined): boolean {
  if (!configured || !presented) return false;
  const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest();
  return timingSafeEqual(digest(configured), digest(presented));
}

/** Drops every cached read of this request; a mutation calls it after writing so its answer shows the new state. */
export function forgetCachedReads(ctx: GraphContext): void {
  for (const loader of Object.values(ctx.loaders)) loader.clearAll();
}
