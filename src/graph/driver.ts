import neo4j, { Driver } from 'neo4j-driver';

/** Connection settings for one Neo4j server or cluster (bolt:// for one server, neo4j:// for routing). */
export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
  maxPoolSize: number;
  /** How long a request waits for a free connection (NEO4J_ACQUISITION_TIMEOUT_MS); default 5 s. */
  acquisitionTimeoutMs?: number;
}

/** Creates the process-wide driver. It connects lazily, so the API can start while Neo4j is still down. */
export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxConnectionPoolSize: settings.maxPoolSize,
    connectionAcquisitionTimeout: settings.acquisitionTimeoutMs ?? 5_000,
    connectionTimeout: 5_000,
    // While Neo4j is down a request fails after about 3 s (retries at 1 s and 2 s) instead of 7 s; a restart is
    // hidden only if it takes less, but clients are told SERVICE_UNAVAILABLE with Retry-After either way.
    maxTransactionRetryTime: 2_000,
    userAgent: 'unhr-graph',
  });
}
