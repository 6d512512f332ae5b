package org.unhrgraph.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Starts a local Neo4j 5.26 Community DBMS (embedded, from Maven Central jars) that serves Bolt on
 * 127.0.0.1 only, with authentication on.
 *
 * <pre>
 *   NEO4J_LOCAL_PASSWORD=... java -cp target/classes:target/lib/* org.unhrgraph.neo4j.Launcher \
 *       --data /abs/path/to/home --bolt-port 7687 [--page-cache 256m]
 * </pre>
 *
 * <ul>
 *   <li>{@code --data} is the Neo4j home: databases go to {@code <data>/data}, Neo4j's own logs
 *       (debug.log, query logs) to {@code <data>/logs}.</li>
 *   <li>The password of user {@code neo4j} is (re)set from {@code NEO4J_LOCAL_PASSWORD} at every start,
 *       with CHANGE NOT REQUIRED. Neo4j 5 refuses passwords shorter than 8 characters.</li>
 *   <li>Prints {@code NEO4J_READY bolt://127.0.0.1:<port>} on stdout once Bolt accepts connections.</li>
 *   <li>SIGTERM (or Ctrl-C) shuts the DBMS down cleanly through a JVM shutdown hook.</li>
 * </ul>
 *
 * Exit codes: 0 clean shutdown, 1 start-up failure, 2 bad arguments or password.
 */
public final class Launcher {

    /** Neo4j's default {@code dbms.security.auth_minimum_password_length}. */
    static final int MIN_PASSWORD_LENGTH = 8;

    static final String PASSWORD_ENV = "NEO4J_LOCAL_PASSWORD";

    private static final PrintStream OUT = System.out;
    private static final PrintStream ERR = System.err;

    private static volatile DatabaseManagementService managementService;

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(runImport(args));
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            ERR.println("neo4j-launcher: " + e.getMessage());
            ERR.println(Options.USAGE);
            System.exit(2);
            return;
        }

        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            ERR.println("neo4j-launcher: environment variable " + PASSWORD_ENV
                    + " is not set; it must hold the password for user 'neo4j'.");
            System.exit(2);
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            ERR.println("neo4j-launcher: the password in " + PASSWORD_ENV + " is " + password.length()
                    + " characters long; Neo4j 5 requires at least " + MIN_PASSWORD_LENGTH
                    + ". Choose a longer password.");
            System.exit(2);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService service = managementService;
            if (service != null) {
                OUT.println("NEO4J_STOPPING");
                OUT.flush();
                try {
                    service.shutdown();
                    OUT.println("NEO4J_STOPPED");
                } catch (Throwable t) {
                    ERR.println("neo4j-launcher: error during shutdown: " + t);
                }
                OUT.flush();
                ERR.flush();
            }
            stopped.countDown();
        }, "neo4j-launcher-shutdown"));

        long t0 = System.nanoTime();
        try {
            Files.createDirectories(options.home);
            managementService = build(options);
        } catch (Throwable t) {
            t.printStackTrace(ERR);
            ERR.println("neo4j-launcher: Neo4j failed to start: " + describe(t));
            ERR.flush();
            // Halt rather than exit: the shutdown hook has nothing to stop, and Neo4j threads may linger.
            Runtime.getRuntime().halt(1);
            return;
        }

        try {
            setPassword(managementService, password);
        } catch (Throwable t) {
            t.printStackTrace(ERR);
            ERR.println("neo4j-launcher: could not set the password of user 'neo4j': " + describe(t));
            ERR.flush();
            System.exit(1); // shutdown hook stops the DBMS
            return;
        }

        if (!waitForBolt(options.boltPort, Duration.ofSeconds(60))) {
            ERR.println("neo4j-launcher: Bolt is not accepting connections on 127.0.0.1:" + options.boltPort
                    + " although the DBMS started; is Bolt on the classpath (org.neo4j:neo4j-bolt)?");
            ERR.flush();
            System.exit(1);
            return;
        }

        long ms = (System.nanoTime() - t0) / 1_000_000L;
        OUT.println("neo4j-launcher: Neo4j " + neo4jVersion() + " started in " + ms + " ms, home " + options.home);
        OUT.println("NEO4J_READY bolt://127.0.0.1:" + options.boltPort);
        OUT.flush();

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code import --data <absolute home> <options of neo4j-admin database import full>}: runs the very
     * command {@code neo4j-admin database import full ... neo4j} runs (the import tool from
     * org.neo4j:neo4j-import-tool, through neo4j-admin's own AdminTool) against the home that
     * {@code --data} names, which a later start of this launcher on that home then serves.
     * Returns the exit code of the import (0 on success).
     */
    static int runImport(String[] args) {
        if (args.length < 3 || !args[1].equals("--data")) {
            ERR.println("neo4j-launcher: usage: Launcher import --data <absolute home> --nodes=<file> ... "
                    + "--relationships=<file> ... (the options of neo4j-admin database import full)");
            return 2;
        }
        Path home = Path.of(args[2]);
        if (!home.isAbsolute()) {
            ERR.println("neo4j-launcher: --data must be an absolute path, got " + home);
            return 2;
        }
        home = home.normalize();
        try {
            Files.createDirectories(home.resolve("conf"));
        } catch (IOException e) {
            ERR.println("neo4j-launcher: cannot create " + home.resolve("conf") + ": " + e.getMessage());
            return 1;
        }
        String[] command = new String[args.length - 3 + 4];
        command[0] = "database";
        command[1] = "import";
        command[2] = "full";
        System.arraycopy(args, 3, command, 3, args.length - 3);
        command[command.length - 1] = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
        ExecutionContext context = new ExecutionContext(home, home.resolve("conf"));
        return AdminTool.execute(context, command);
    }

    static DatabaseManagementService build(Options options) {
        SocketAddress bolt = new SocketAddress("127.0.0.1", options.boltPort);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(options.home)
                // Everything (databases, transaction logs, debug.log) stays under the home directory.
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"))
                // Bolt on loopback only, plain text (local use); no HTTP(S), no routing connector.
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                // Bolt waits 5 s + 5 s by default for idle connections/threads at shutdown; 1 s each is plenty here.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                // Security.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Modest memory; no default transaction timeout (the application sets its own).
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMiB))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ZERO)
                // No usage reporting to the outside world.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setUserLogProvider(new Log4jLogProvider(OUT));
        return builder.build();
    }

    /**
     * Sets the password of {@code neo4j} and clears the "change required" flag. Works on the first start
     * (the initial password is the default one) and on later starts, whether the password changed or not.
     */
    static void setPassword(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (passwordAlreadyValid(system, password)) {
            // Common case on restarts: nothing to change, and no Cypher to compile on a cold JVM (saves seconds).
            OUT.println("neo4j-launcher: password of user neo4j already up to date");
            return;
        }
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = 'neo4j' RETURN count(*) AS n",
                Map.of(),
                result -> ((Number) result.next().get("n")).longValue() > 0);
        if (!exists) {
            system.executeTransactionally(
                    "CREATE USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            OUT.println("neo4j-launcher: created user neo4j");
            return;
        }
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            OUT.println("neo4j-launcher: password of user neo4j set from " + PASSWORD_ENV);
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the value it already has; that is fine here.
            if (!String.valueOf(describe(e)).toLowerCase().contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
            OUT.println("neo4j-launcher: password of user neo4j unchanged");
        }
    }

    /**
     * True when {@code neo4j} can log in with {@code password} and needs no password change. Asks the DBMS's
     * AuthManager directly (internal API, pinned by the Neo4j version in pom.xml); any problem means "no",
     * so the caller falls back to ALTER USER. A mismatch counts as one failed login attempt, well below the
     * lockout threshold (3).
     */
    static boolean passwordAlreadyValid(GraphDatabaseService system, String password) {
        try {
            AuthManager authManager =
                    ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(AuthManager.class);
            LoginContext login = authManager.login(
                    AuthToken.newBasicAuthToken("neo4j", password), ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (Throwable t) {
            return false;
        }
    }

    static boolean waitForBolt(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return true;
            } catch (IOException e) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    static String neo4jVersion() {
        Package p = DatabaseManagementService.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "5.26" : v;
    }

    /** Message of the throwable and its causes, for one-line error reports. */
    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
            if (c.getCause() == c) {
                break;
            }
        }
        return sb.toString();
    }

    /** Command-line options. */
    static final class Options {
        static final String USAGE =
                "usage: Launcher --data <absolute dir> --bolt-port <port> [--page-cache <size, e.g. 256m>]"
                        + " (password in env " + PASSWORD_ENV + ")";

        final Path home;
        final int boltPort;
        final long pageCacheMiB;

        private Options(Path home, int boltPort, long pageCacheMiB) {
            this.home = home;
            this.boltPort = boltPort;
            this.pageCacheMiB = pageCacheMiB;
        }

        static Options parse(String[] args) {
            Path home = null;
            Integer port = null;
            long pageCacheMiB = 256;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--data":
                        home = Path.of(value(args, ++i, a));
                        if (!home.isAbsolute()) {
                            throw new IllegalArgumentException("--data must be an absolute path, got " + home);
                        }
                        home = home.normalize();
                        break;
                    case "--bolt-port":
                        try {
                            port = Integer.parseInt(value(args, ++i, a));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--bolt-port must be a number");
                        }
                        if (port < 1 || port > 65535) {
                            throw new IllegalArgumentException("--bolt-port out of range: " + port);
                        }
                        break;
                    case "--page-cache":
                        pageCacheMiB = parseMiB(value(args, ++i, a));
                        break;
                    case "-h":
                    case "--help":
                        throw new IllegalArgumentException("help requested");
                    default:
                        throw new IllegalArgumentException("unknown argument: " + a);
                }
            }
            if (home == null) {
                throw new IllegalArgumentException("--data is required");
            }
            if (port == null) {
                throw new IllegalArgumentException("--bolt-port is required");
            }
            return new Options(home, port, pageCacheMiB);
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[i];
        }

        private static long parseMiB(String s) {
            String v = s.trim().toLowerCase();
            long mult = 1;
            if (v.endsWith("g")) {
                mult = 1024;
                v = v.substring(0, v.length() - 1);
            } else if (v.endsWith("m")) {
                v = v.substring(0, v.length() - 1);
            }
            try {
                long n = Long.parseLong(v) * mult;
                if (n < 8) {
                    throw new IllegalArgumentException("--page-cache too small: " + s);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--page-cache must look like 256m or 1g, got " + s);
            }
        }
    }
}
