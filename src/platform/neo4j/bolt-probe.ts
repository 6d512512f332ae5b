import * as net from 'node:net';
import neo4j from 'neo4j-driver';

/** The user the local server is managed with. */
export const LOCAL_NEO4J_USER = 'neo4j';

/** The Bolt URI of the local server on `port`. */
export function localBoltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

export interface BoltProbe {
  ok: boolean;
  /** Neo4j error code when the server answered but refused (e.g. Neo.ClientError.Security.Unauthorized). */
  code?: string;
  message?: string;
}


/** Runs `RETURN 1` over Bolt with the given credentials; never throws. The driver is always closed. */
export async function probeBolt(uri: string, password: string): Promise<BoltProbe> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(LOCAL_NEO4J_USER, password), {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0,
    userAgent: 'unhr-graph/local-neo4j',
  });
  try {
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run('RETURN 1 AS ok');
      return { ok: true };
    } finally {
      await session.close();
    }
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return { ok: false, code: e.code, message: e.message };
  } finally {
    await driver.close().catch(() => undefined);
  }
}

/** Whether the server answered but refused the credentials (wrong password, lockout after failed logins). */
export function isAuthFailure(probe: BoltProbe): boolean {
  return probe.code !== undefined && probe.code.startsWith('Neo.ClientError.Security.');
}

/** Whether something already listens on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') resolve(true);
      else reject(err);
    });
    server.once('listening', () => server.close(() => resolve(false)));
    server.listen({ port, host: '127.0.0.1', exclusive: true });
  });
}
