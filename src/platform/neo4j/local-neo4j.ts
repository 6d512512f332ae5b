/**
 * The embedded Neo4j, in small parts: the Java lookup (java.ts), the Maven-built launcher (launcher.ts), the
 * password file (password-file.ts), the start lock and pid file (pid-lock.ts), the Bolt probe (bolt-probe.ts) and
 * the supervisor that starts, waits for, stops and reports on the server (supervisor.ts). This file is the
 * public surface the app, the CLI, the tests and the benches import.
 */
export { LOCAL_NEO4J_USER, localBoltUri } from './bolt-probe';
export { ensureLauncherBuilt, LAUNCHER_JVM_FLAGS, launcherNeo4jVersion } from './launcher';
export { defaultHomeDir, MIN_PASSWORD_LENGTH, passwordFilePath, resolveLocalPassword } from './password-file';
export { LocalNeo4jOptions, startLocalNeo4j, statusLocalNeo4j, stopLocalNeo4j } from './supervisor';
