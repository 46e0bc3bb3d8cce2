package io.learnpath.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./learnpath up | down | status}: runs the local stack in the foreground until Ctrl-C, stops a running
 * one from another terminal, or tells what is running.
 *
 * <p>Settings come from the environment: {@code LEARNPATH_HOME} (data and logs, default {@code .learnpath} in
 * the checkout), {@code LEARNPATH_PORT_OFFSET} (shift every port), {@code LEARNPATH_JVM_OPTS} (options for the
 * component JVMs), {@code LEARNPATH_STARTUP_TIMEOUT} (seconds), {@code LEARNPATH_ZIPKIN=off} (no trace store),
 * {@code LEARNPATH_AOT_CACHE=off} (no JDK AOT caches), {@code LEARNPATH_AOT_CACHE_DIR} (where they live),
 * {@code LEARNPATH_AOT_TRAINING_PARALLELISM} (training runs at once).
 * Every other variable reaches the components as it is ({@code LOG_FORMAT=ecs} for JSON logs, say).
 */
public final class LauncherMain {

    private LauncherMain() {
    }

    public static void main(String[] args) {
        StackLayout layout = layoutFromEnvironment();
        // Before any library logger exists: where the infrastructure log goes.
        System.setProperty("learnpath.logs", layout.logsDirectory().toString());
        String command = args.length == 0 ? "up" : args[0];
        int exitCode = switch (command) {
            case "up" -> up(layout);
            case "down" -> down(layout);
            case "status" -> status(layout);
            case "mail" -> new Mailbox(layout.ports().mailPage()).print(args.length > 1 ? args[1] : null, System.out);
            default -> {
                System.err.println("Usage: ./learnpath [up|down|status|mail [address]]");
                yield 2;
            }
        };
        System.exit(exitCode);
    }

    static StackLayout layoutFromEnvironment() {
        Path root = Path.of(System.getProperty("learnpath.root", ".")).toAbsolutePath().normalize();
        Path home = Optional.ofNullable(System.getenv("LEARNPATH_HOME")).map(Path::of)
                .orElse(root.resolve(".learnpath")).toAbsolutePath().normalize();
        int offset = Integer.parseInt(System.getenv().getOrDefault("LEARNPATH_PORT_OFFSET", "0"));
        return new StackLayout(root, home, Ports.defaults().shiftedBy(offset));
    }

    private static int up(StackLayout layout) {
        if (Runtime.version().feature() < 25) {
            System.err.println("Learnpath needs Java 25 or newer; this is Java " + Runtime.version() + ".");
            return 1;
        }
        if (!layout.isProjectRoot()) {
            System.err.println(layout.projectRoot() + " is not a Learnpath checkout (run ./learnpath from one).");
            return 1;
        }
        Optional<ProcessHandle> running = runningLauncher(layout);
        if (running.isPresent()) {
            System.err.println("Learnpath is already running (pid " + running.get().pid()
                    + "). Stop it with ./learnpath down.");
            return 1;
        }
        String jvmOptions = ServiceProcess.jvmOptions(System.getenv("LEARNPATH_JVM_OPTS"));
        Duration timeout = Duration.ofSeconds(
                Long.parseLong(System.getenv().getOrDefault("LEARNPATH_STARTUP_TIMEOUT", "240")));
        Stack stack;
        try {
            stack = Stack.prepare(layout, System.out::println);
        } catch (PreflightException e) {
            System.err.println("Learnpath did not start anything:");
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            System.err.println("(LEARNPATH_PORT_OFFSET=100 moves every port by 100.)");
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Learnpath ...");
            stack.close();
            deletePidFile(layout);
            System.out.println("Stopped: no Learnpath process is left running.");
            stopped.countDown();
        }, "learnpath-shutdown"));
        try {
            Files.createDirectories(layout.home());
            Files.writeString(layout.pidFile(), Long.toString(ProcessHandle.current().pid()));
            stack.bringUp(jvmOptions, timeout);
        } catch (RuntimeException | IOException e) {
            System.err.println("Learnpath could not start: " + e.getMessage());
            return 1;
        }
        printSummary(stack);
        watch(stack, stopped);
        return 0;
    }

    private static void watch(Stack stack, CountDownLatch stopped) {
        try {
            while (!stopped.await(5, TimeUnit.SECONDS)) {
                stack.exitedUnexpectedly().forEach(process -> System.err.println("! " + process.component().module()
                        + " has exited; see " + process.logFile()));
                stack.restartInfrastructureThatHasExited().forEach(line -> System.err.println("! " + line));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printSummary(Stack stack) {
        StackLayout layout = stack.layout();
        System.out.println();
        System.out.printf("Learnpath is up in %.1f s%s.%n", stack.startupTime().toMillis() / 1000.0,
                stack.aotTrainingTime().isZero() ? "" : " (%.1f s of it training the AOT caches, once per build)"
                        .formatted(stack.aotTrainingTime().toMillis() / 1000.0));
        System.out.println();
        System.out.println("  API (gateway)    " + stack.gatewayUrl() + "/api/{auth,content,progress,notifications}");
        System.out.println("  API docs         " + stack.gatewayUrl() + "/swagger-ui.html");
        System.out.println("  Event docs       " + stack.gatewayUrl() + "/api-docs/asyncapi");
        DiscoveryCredentials registry = stack.discoveryCredentials();
        System.out.println("  Eureka           http://localhost:" + layout.ports().discovery() + " (user "
                + registry.user() + ", " + (registry.file() == null ? "your DISCOVERY_PASSWORD"
                        : "password in " + relative(layout, registry.file())) + ")");
        System.out.println("  Caught mail      " + stack.mailPageUrl() + " (or ./learnpath mail [address]); "
                + "a development tool: no authentication, localhost only");
        System.out.println("  Traces (Zipkin)  " + stack.zipkinUrl().map(url -> url + " (kept in memory until Ctrl-C)")
                .orElse("off (LEARNPATH_ZIPKIN=off)"));
        stack.admin().ifPresent(admin -> System.out.println("  Admin            " + admin.email()
                + " (EDITOR, ADMIN), password " + (admin.passwordFile() == null ? "as you configured it"
                : "in " + relative(layout, admin.passwordFile()))));
        stack.secretsKey().ifPresent(key -> System.out.println("  Secrets key      " + relative(layout, key.file())
                + " (seals the auth-service's signing keys; delete it only with the data)"));
        System.out.println();
        System.out.printf("  %-22s %-7s %-8s %-9s %s%n", "component", "port", "memory", "AOT cache", "log");
        for (Map.Entry<Component, ServiceProcess> entry : new java.util.TreeMap<>(stack.services()).entrySet()) {
            ServiceProcess process = entry.getValue();
            System.out.printf("  %-22s %-7d %-8s %-9s %s%n", entry.getKey().module(),
                    entry.getKey().port(layout.ports()), ResidentMemory.megabytes(process.residentMemory()),
                    process.fromAotCache() ? "yes" : "no", process.logFile());
        }
        System.out.println();
        System.out.println("  PostgreSQL localhost:" + layout.ports().postgres() + ", Redis localhost:"
                + layout.ports().redis() + ", Kafka localhost:" + layout.ports().kafka()
                + ", SMTP (GreenMail) localhost:" + layout.ports().smtp());
        System.out.println("  Data in " + layout.home().resolve("data") + "; their logs: "
                + layout.logFile("infrastructure") + " (PostgreSQL), " + layout.logFile("kafka") + ", "
                + layout.logFile("redis") + ", " + layout.logFile("zipkin"));
        System.out.println();
        System.out.println("Press Ctrl-C (or run ./learnpath down) to stop everything.");
    }

    private static Path relative(StackLayout layout, Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(layout.projectRoot().toAbsolutePath())
                ? layout.projectRoot().toAbsolutePath().relativize(absolute) : absolute;
    }

    private static int down(StackLayout layout) {
        Optional<ProcessHandle> running = runningLauncher(layout);
        if (running.isEmpty()) {
            System.out.println("Learnpath is not running.");
            deletePidFile(layout);
            return 0;
        }
        System.out.println("Stopping Learnpath (pid " + running.get().pid() + ") ...");
        running.get().destroy();
        try {
            running.get().onExit().get(120, TimeUnit.SECONDS);
            System.out.println("Stopped.");
            return 0;
        } catch (Exception e) {
            System.err.println("Learnpath did not stop within two minutes (pid " + running.get().pid() + ").");
            return 1;
        }
    }

    private static int status(StackLayout layout) {
        HealthProbe probe = new HealthProbe();
        Optional<ProcessHandle> running = runningLauncher(layout);
        System.out.println(running.map(handle -> "Launcher running, pid " + handle.pid())
                .orElse("Launcher not running."));
        boolean allReady = true;
        for (Component component : Component.values()) {
            boolean ready = probe.isReady(component.managementPort(layout.ports()));
            allReady &= ready;
            System.out.printf("  %-22s %-6d %s%n", component.module(), component.port(layout.ports()),
                    ready ? "ready" : "not ready");
        }
        Ports ports = layout.ports();
        for (Map.Entry<String, Integer> server : Map.of("PostgreSQL", ports.postgres(), "Redis", ports.redis(),
                "Kafka", ports.kafka()).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            boolean listening = probe.listens(server.getValue());
            allReady &= listening;
            System.out.printf("  %-22s %-6d %s%n", server.getKey(), server.getValue(), listening ? "up" : "down");
        }
        if (TraceStore.wanted(System.getenv())) {
            boolean answering = probe.answers("http://127.0.0.1:" + ports.zipkin() + "/health", 200);
            allReady &= answering;
            System.out.printf("  %-22s %-6d %s%n", "Zipkin (traces)", ports.zipkin(), answering ? "up" : "down");
        }
        return allReady ? 0 : 3;
    }

    private static Optional<ProcessHandle> runningLauncher(StackLayout layout) {
        try {
            if (!Files.isRegularFile(layout.pidFile())) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(layout.pidFile()).trim());
            // A stale pid file may name a pid the system has since given to another process: only a process
            // that is visibly our launcher counts (and gets signalled by `down`).
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().commandLine()
                            .map(line -> line.contains(LauncherMain.class.getName())).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deletePidFile(StackLayout layout) {
        try {
            Files.deleteIfExists(layout.pidFile());
        } catch (IOException ignored) {
            // a stale pid file is recognised as stale on the next start
        }
    }
}
