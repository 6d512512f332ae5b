import neo4j, { Driver } from 'neo4j-driver';

/** Connection settings for one Neo4j server or cluster (bolt:// for one server, neo4j:// for routing). */
export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
  maxPoolSize: number;
}

/** Creates the process-wide driver. It connects lazily, so the API can start while Neo4j is still down. */
export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxConnectionPoolSize: settings.maxPoolSize,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'unhr-graph',
  });
}
