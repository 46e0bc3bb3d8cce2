package io.learnpath.launcher;

import io.learnpath.platform.infrastructure.FreePorts;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The whole Learnpath system on one machine: infrastructure first, then the six components as separate JVMs,
 * started together (on two cores that is the quickest), then waited on until every one is ready, registered in
 * Eureka and reachable through the gateway. Closing stops the components (gracefully, then forcibly) and then
 * the infrastructure.
 */
public final class Stack implements AutoCloseable {

    /** How long an extra instance may take to be ready and registered, on a machine busy with the rest. */
    private static final Duration EXTRA_INSTANCE_TIMEOUT = Duration.ofMinutes(3);

    /** How long one AOT training run may take before its JVM starts without a cache. */
    private static final Duration AOT_TRAINING_TIMEOUT = Duration.ofMinutes(4);

    /** The name Zipkin's cache goes by in the launcher's messages. */
    private static final String ZIPKIN = "zipkin";

    private final StackLayout layout;
    private final Consumer<String> say;
    private final HealthProbe probe = new HealthProbe();
    private final Map<Component, ServiceProcess> services = new EnumMap<>(Component.class);
    private final List<ServiceProcess> extraInstances = new ArrayList<>();
    private final Map<Component, Integer> instancesStarted = new EnumMap<>(Component.class);
    private volatile String jvmOptions;
    private Infrastructure infrastructure;
    private final boolean tracing;
    private TraceStore traceStore;
    private final Optional<AdminAccount> admin;
    private final Optional<SecretsEncryptionKey> secretsKey;
    private final DiscoveryCredentials discoveryCredentials;
    private final AotCache aotCache;
    private final int aotTrainingParallelism;
    /** How each component's first instance was started (its extra instances start the same way). */
    private final Map<Component, AotCache.Launch> launches = new EnumMap<>(Component.class);
    private AotCache.Launch zipkinLaunch;
    /** Extractions and training runs under way: stopped at once if the stack is closed meanwhile. */
    private final java.util.Set<Process> helpers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Duration startupTime;
    private volatile Duration aotTrainingTime = Duration.ZERO;
    private volatile boolean closed;

    private Stack(StackLayout layout, Consumer<String> say) {
        this.layout = layout;
        this.say = say;
        this.admin = AdminAccount.prepare(layout.home(), System.getenv());
        this.secretsKey = SecretsEncryptionKey.prepare(layout.home(), System.getenv());
        this.discoveryCredentials = DiscoveryCredentials.prepare(layout.home(), System.getenv());
        this.tracing = TraceStore.wanted(System.getenv());
        this.aotCache = AotCache.fromSettings(System.getenv(), System.getProperties());
        this.aotTrainingParallelism = aotTrainingParallelism(System.getenv());
    }

    /**
     * How many training runs go at once: {@code LEARNPATH_AOT_TRAINING_PARALLELISM}, by default 2 (measured on two
     * cores: docs/performance-startup.md).
     */
    static int aotTrainingParallelism(Map<String, String> environment) {
        int parallelism = Integer.parseInt(environment.getOrDefault("LEARNPATH_AOT_TRAINING_PARALLELISM", "2").strip());
        if (parallelism < 1) {
            throw new IllegalArgumentException("LEARNPATH_AOT_TRAINING_PARALLELISM must be at least 1");
        }
        return parallelism;
    }

    /** The EDITOR+ADMIN account the auth-service makes sure of at start-up, unless switched off. */
    public Optional<AdminAccount> admin() {
        return admin;
    }

    /** What the components present to the service registry (and a person to its dashboard). */
    public DiscoveryCredentials discoveryCredentials() {
        return discoveryCredentials;
    }

    /** The auth-service's key-encryption key, unless the developer configured their own. */
    public Optional<SecretsEncryptionKey> secretsKey() {
        return secretsKey;
    }

    /**
     * Starts everything, or nothing: if a port is taken or a jar is missing it says so before starting anything,
     * and if a component fails to come up it stops what did.
     */
    public static Stack start(StackLayout layout, String jvmOptions, Duration timeout, Consumer<String> say) {
        Stack stack = prepare(layout, say);
        stack.bringUp(jvmOptions, timeout);
        return stack;
    }

    /**
     * Checks that the stack can start (jars built, ports free) without starting anything. {@link #close()} may be
     * called from another thread at any time after this, also during {@link #bringUp}: it waits for the step in
     * progress and stops everything started so far.
     */
    public static Stack prepare(StackLayout layout, Consumer<String> say) {
        preflight(layout);
        return new Stack(layout, say);
    }

    private static void preflight(StackLayout layout) {
        List<String> problems = new ArrayList<>();
        for (Component component : Component.values()) {
            if (!Files.isRegularFile(layout.jar(component.module()))) {
                problems.add(layout.jar(component.module()) + " is missing: build with ./mvnw -B -DskipTests package");
            }
        }
        if (TraceStore.wanted(System.getenv()) && !Files.isRegularFile(TraceStore.jar(layout))) {
            problems.add(TraceStore.jar(layout) + " is missing: build with ./mvnw -B -DskipTests package "
                    + "(or start without traces: LEARNPATH_ZIPKIN=off)");
        }
        try {
            AotCache.fromSettings(System.getenv(), System.getProperties());
            aotTrainingParallelism(System.getenv());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        layout.ports().byOwner().forEach((owner, port) -> {
            if (!FreePorts.isFree(port)) {
                problems.add("port " + port + " (for " + owner + ") is already in use");
            }
        });
        if (!problems.isEmpty()) {
            throw new PreflightException(problems);
        }
    }

    /** Brings the stack up; on failure stops what it started and rethrows. */
    public void bringUp(String jvmOptions, Duration timeout) {
        try {
            startAndAwait(jvmOptions, timeout);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAndAwait(String jvmOptions, Duration timeout) {
        Instant started = Instant.now();
        this.jvmOptions = jvmOptions;
        AotPreparation aot = new AotPreparation(aotCache, this::startHelper, say);
        // Zipkin starts while everything else does, from its cache when that is ready; a first start of this build
        // trains it with the components and starts it after.
        AotCache.Launch zipkinNow = tracing ? readyLaunch(TraceStore.jar(layout), TraceStore.JVM_OPTIONS) : null;
        synchronized (this) {
            abortIfClosed();
            if (zipkinNow != null) {
                // Not waited for until the very end: it starts while everything else does.
                say.accept("Starting Zipkin (traces) ...");
                zipkinLaunch = zipkinNow;
                traceStore = TraceStore.start(layout, zipkinNow, System.getenv());
            }
        }
        // Reading the jars' entry tables, removing caches of older builds and (first start of a build) extracting
        // the jars: beside the infrastructure's start, which mostly waits on its own processes.
        java.util.concurrent.CompletableFuture<Void> prepared = java.util.concurrent.CompletableFuture.runAsync(() -> {
            for (Component component : Component.values()) {
                aot.prepare(component.module(), layout.jar(component.module()), jvmOptions,
                        layout.logFile(component.module()));
            }
            if (tracing) {
                aot.prepare(ZIPKIN, TraceStore.jar(layout), TraceStore.JVM_OPTIONS, layout.logFile(ZIPKIN));
            }
        }, runnable -> Thread.ofVirtual().name("aot-preparation").start(runnable));
        say.accept("Starting PostgreSQL, Redis, Kafka and the mail catcher (GreenMail) ...");
        synchronized (this) {
            abortIfClosed();
            infrastructure = Infrastructure.start(layout);
        }
        say.accept("Infrastructure up in " + seconds(Duration.between(started, Instant.now())));
        prepared.join();
        abortIfClosed();

        // Trained after the infrastructure is up: a training run creates the beans, and some of them connect
        // (Flyway migrates, Kafka topics are checked). Not counted in the time the components get to be ready.
        Duration training = aot.train(trainingRuns(jvmOptions, zipkinNow == null), aotTrainingParallelism,
                AOT_TRAINING_TIMEOUT);
        aotTrainingTime = training;
        synchronized (this) {
            abortIfClosed();
            if (tracing && zipkinNow == null) {
                say.accept("Starting Zipkin (traces) ...");
                zipkinLaunch = aot.launch(ZIPKIN, TraceStore.jar(layout));
                traceStore = TraceStore.start(layout, zipkinLaunch, System.getenv());
            }
        }
        for (Component component : Component.values()) {
            synchronized (this) {
                abortIfClosed();
                AotCache.Launch launch = aot.launch(component.module(), layout.jar(component.module()));
                launches.put(component, launch);
                services.put(component, ServiceProcess.start(component, launch, environmentFor(component),
                        jvmOptions, layout.logFile(component.module())));
                instancesStarted.put(component, 1);
            }
        }
        say.accept("Started " + services.size() + " components" + aotSummary() + "; waiting until each is ready ...");
        Instant deadline = started.plus(timeout).plus(training);
        for (Component component : Component.values()) {
            int port = component.managementPort(layout.ports());
            awaitCondition(component.module() + " ready", deadline, service(component),
                    () -> probe.isReady(port));
            say.accept("  " + component.module() + " ready");
        }
        for (Component component : Component.values()) {
            if (component != Component.DISCOVERY) {
                awaitCondition(component.module() + " registered in Eureka", deadline, service(component),
                        () -> probe.isRegistered(layout.ports().discovery(), discoveryCredentials, component));
            }
        }
        String gateway = "http://localhost:" + layout.ports().gateway();
        awaitCondition("gateway routing to auth-service", deadline, service(Component.GATEWAY),
                () -> probe.answers(gateway + "/api/auth/.well-known/jwks.json", 200));
        awaitCondition("gateway routing to content-service", deadline, service(Component.GATEWAY),
                () -> probe.answers(gateway + "/api/content/roadmaps", 200));
        // The gateway offers each service's instances once their readiness checks pass, service by service: the
        // two services without a public read are reached through their (public) API documents.
        awaitCondition("gateway routing to progress-service", deadline, service(Component.GATEWAY),
                () -> probe.answers(gateway + "/api/progress/v3/api-docs", 200));
        awaitCondition("gateway routing to notification-service", deadline, service(Component.GATEWAY),
                () -> probe.answers(gateway + "/api/notifications/v3/api-docs", 200));
        TraceStore zipkin = traceStore();
        if (zipkin != null) {
            awaitCondition("Zipkin ready", deadline, "Zipkin", zipkin::isAlive, zipkin.logFile(),
                    () -> zipkin.isReady(probe));
        }
        startupTime = Duration.between(started, Instant.now());
    }

    /** The AOT training runs for the JVMs that have no cache yet: with the same options, environment and arguments. */
    private List<AotPreparation.TrainingRun> trainingRuns(String jvmOptions, boolean zipkin) {
        List<AotPreparation.TrainingRun> runs = new ArrayList<>();
        for (Component component : Component.values()) {
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.putAll(environmentFor(component));
            runs.add(new AotPreparation.TrainingRun(component.module(), layout.jar(component.module()), jvmOptions,
                    environment, List.of(), layout.logFile(component.module())));
        }
        if (tracing && zipkin) {
            int port = layout.ports().zipkin();
            runs.add(new AotPreparation.TrainingRun(ZIPKIN, TraceStore.jar(layout), TraceStore.JVM_OPTIONS,
                    TraceStore.environment(port, System.getenv()), TraceStore.arguments(port),
                    layout.logFile(ZIPKIN)));
        }
        return runs;
    }

    /** The jar's launch from its cache if that is ready now, else null; the plain jar when caches are off. */
    private AotCache.Launch readyLaunch(java.nio.file.Path jar, String options) {
        if (!aotCache.enabled()) {
            return AotCache.Launch.plain(jar);
        }
        try {
            AotCache.Entry entry = aotCache.entry(jar, options);
            return entry.ready() ? entry.launch() : null;
        } catch (RuntimeException e) {
            return null; // said when it is prepared with the others
        }
    }

    /** Starts an extraction or training run, unless the stack is closing; {@link #close()} stops it. */
    private Process startHelper(ProcessBuilder builder) throws java.io.IOException {
        synchronized (this) {
            abortIfClosed();
            Process process = builder.start();
            helpers.add(process);
            process.onExit().thenRun(() -> helpers.remove(process));
            return process;
        }
    }

    /** " (all from their AOT caches)", " (a, b from their AOT caches; c without)", or nothing when caches are off. */
    private String aotSummary() {
        if (!aotCache.enabled()) {
            return " (AOT caches off)";
        }
        List<String> cached = new ArrayList<>();
        List<String> without = new ArrayList<>();
        launches.forEach((component, launch) -> (launch.fromCache() ? cached : without).add(component.module()));
        if (tracing && zipkinLaunch != null) {
            (zipkinLaunch.fromCache() ? cached : without).add(ZIPKIN);
        }
        if (without.isEmpty()) {
            return " (all from their AOT caches)";
        }
        return cached.isEmpty() ? " (none from an AOT cache)"
                : " (" + String.join(", ", cached) + " from their AOT caches; " + String.join(", ", without)
                        + " without)";
    }

    /**
     * Starts one more instance of a service on {@code port}, with the first instance's environment but for the
     * port (its Eureka instance id carries the port, so it registers beside the first), logging to
     * {@code <module>-<n>.log}, and waits until it is ready and registered in Eureka. The gateway's load balancer
     * finds it on its next refetch of the registry (seconds). Stopped with the services by {@link #close()}, or
     * earlier by {@link #stopExtraInstance}. For tests of a service with more than one instance.
     */
    public ServiceProcess startExtraInstance(Component component, int port) {
        if (component == Component.DISCOVERY || component == Component.GATEWAY) {
            throw new IllegalArgumentException("Only a service can have another instance, not the "
                    + component.module());
        }
        if (!FreePorts.isFree(port)) {
            throw new PreflightException(List.of("port " + port + " (for another " + component.module()
                    + ") is already in use"));
        }
        ServiceProcess instance;
        synchronized (this) {
            abortIfClosed();
            if (jvmOptions == null) {
                throw new IllegalStateException("The stack is not up yet");
            }
            int number = instancesStarted.merge(component, 1, Integer::sum);
            Map<String, String> environment = environmentFor(component);
            environment.put("PORT", Integer.toString(port));
            instance = ServiceProcess.start(component,
                    launches.getOrDefault(component, AotCache.Launch.plain(layout.jar(component.module()))),
                    environment, jvmOptions, layout.logFile(component.module(), number));
            extraInstances.add(instance);
        }
        try {
            Instant deadline = Instant.now().plus(EXTRA_INSTANCE_TIMEOUT);
            String name = component.module() + " on port " + port;
            awaitCondition(name + " ready", deadline, instance, () -> probe.isReady(port));
            awaitCondition(name + " registered in Eureka", deadline, instance, () -> probe.isRegistered(
                    layout.ports().discovery(), discoveryCredentials, component, port));
        } catch (RuntimeException e) {
            stopExtraInstance(instance);
            throw e;
        }
        say.accept("  another " + component.module() + " ready on port " + port);
        return instance;
    }

    /** Stops an instance {@link #startExtraInstance} started: gracefully, then forcibly; at once if it has exited. */
    public void stopExtraInstance(ServiceProcess instance) {
        synchronized (this) {
            if (!extraInstances.remove(instance)) {
                throw new IllegalArgumentException("Not an extra instance of this stack: " + instance);
            }
        }
        // Outside the lock: a graceful stop takes seconds, and close() must not wait behind it.
        stopTogether(instance);
    }

    /** The instances {@link #startExtraInstance} started and nobody stopped yet, dead ones included. */
    public synchronized List<ServiceProcess> extraInstances() {
        return List.copyOf(extraInstances);
    }

    private Map<String, String> environmentFor(Component component) {
        Ports ports = layout.ports();
        Map<String, String> environment = new HashMap<>();
        environment.put("PORT", Integer.toString(component.port(ports)));
        if (component == Component.GATEWAY) {
            environment.put("MANAGEMENT_PORT", Integer.toString(component.managementPort(ports)));
        }
        environment.put("EUREKA_URL", "http://localhost:" + ports.discovery() + "/eureka/");
        environment.putAll(discoveryCredentials.environment());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        environment.put("REDIS_HOST", "127.0.0.1");
        environment.put("REDIS_PORT", Integer.toString(ports.redis()));
        environment.put("AUTH_JWKS_URI", "http://localhost:" + ports.auth() + "/api/auth/.well-known/jwks.json");
        environment.put("AUTH_ISSUER", "http://localhost:" + ports.gateway() + "/api/auth");
        environment.put("AUTH_PUBLIC_BASE_URL", "http://localhost:" + ports.gateway());
        if (component.database() != null) {
            environment.put("DB_URL", "jdbc:postgresql://localhost:" + ports.postgres() + "/" + component.database());
            environment.put("DB_USER", "postgres");
            environment.put("DB_PASSWORD", "");
        }
        if (component == Component.AUTH) {
            admin.ifPresent(account -> environment.putAll(account.environment()));
            secretsKey.ifPresent(key -> environment.putAll(key.environment()));
        }
        if (component == Component.NOTIFICATION) {
            environment.putAll(mailSettings(ports));
        }
        environment.putAll(TraceStore.componentEnvironment(ports, tracing));
        return environment;
    }

    /**
     * What the notification-service sends mail with: real SMTP to the launcher's GreenMail, which keeps every mail
     * to itself; the links it writes into mails (unsubscribe) point at the gateway.
     */
    static Map<String, String> mailSettings(Ports ports) {
        return Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(ports.smtp()),
                "NOTIFICATION_PUBLIC_BASE_URL", "http://localhost:" + ports.gateway());
    }

    private void abortIfClosed() {
        if (closed) {
            throw new IllegalStateException("stopped during start-up");
        }
    }

    private synchronized ServiceProcess service(Component component) {
        return services.get(component);
    }

    private void awaitCondition(String what, Instant deadline, ServiceProcess process, BooleanSupplier condition) {
        awaitCondition(what, deadline, process.component().module(), process::isAlive, process.logFile(), condition);
    }

    private void awaitCondition(String what, Instant deadline, String who, BooleanSupplier alive,
            java.nio.file.Path logFile, BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            abortIfClosed();
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException(who + " exited during start-up; see " + logFile);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Timed out waiting for " + what + "; see " + logFile);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250); // polling interval of a wait on another process; there is no event to block on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting", e);
        }
    }

    /** From the start until healthy, the AOT training runs of a first start of a build included. */
    public Duration startupTime() {
        return startupTime;
    }

    /** How long of {@link #startupTime()} went into training AOT caches: zero when every cache was ready. */
    public Duration aotTrainingTime() {
        return aotTrainingTime;
    }

    /** Whether Zipkin was started from its AOT cache (false without Zipkin). */
    public synchronized boolean zipkinFromAotCache() {
        return traceStore != null && traceStore.fromAotCache();
    }

    public synchronized Map<Component, ServiceProcess> services() {
        return Map.copyOf(services);
    }

    public StackLayout layout() {
        return layout;
    }

    public String gatewayUrl() {
        return "http://localhost:" + layout.ports().gateway();
    }

    /** Zipkin's UI and query API ({@code /api/v2/...}), or empty when the stack runs without a trace store. */
    public Optional<String> zipkinUrl() {
        return tracing ? Optional.of(TraceStore.url(layout.ports())) : Optional.empty();
    }

    private synchronized TraceStore traceStore() {
        return traceStore;
    }

    /** The page listing the mail the stack's SMTP server caught. */
    public String mailPageUrl() {
        return "http://localhost:" + layout.ports().mailPage();
    }

    /** Components that have exited although nobody asked them to. */
    /** The Kafka broker's process id (the fault tests kill it). */
    public synchronized long kafkaPid() {
        return infrastructure.kafkaPid();
    }

    /** The Redis server's process id (the fault tests kill it). */
    public synchronized long redisPid() {
        return infrastructure.redisPid();
    }

    /** See {@link Infrastructure#restartWhatHasExited}, and Zipkin likewise; nothing once the stack is closing. */
    public List<String> restartInfrastructureThatHasExited() {
        Infrastructure running;
        synchronized (this) {
            if (closed || infrastructure == null) {
                return List.of();
            }
            running = infrastructure;
        }
        // Outside the stack's lock: a restart takes seconds, and Ctrl-C must still be able to close the stack.
        List<String> said = new ArrayList<>(running.restartWhatHasExited(layout));
        synchronized (this) {
            // Zipkin starts in the background, so this is quick; the traces it held are gone either way.
            if (!closed && traceStore != null && !traceStore.isAlive()) {
                said.add("Zipkin has exited; starting it again (the traces it held are lost; see "
                        + traceStore.logFile() + ")");
                traceStore = TraceStore.start(layout,
                        zipkinLaunch == null ? AotCache.Launch.plain(TraceStore.jar(layout)) : zipkinLaunch,
                        System.getenv());
            }
        }
        return said;
    }

    public synchronized List<ServiceProcess> exitedUnexpectedly() {
        return closed ? List.of() : services.values().stream().filter(process -> !process.isAlive()).toList();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // A training run or extraction under way is of no use any more: its cache is made on a later start.
        for (Process helper : List.copyOf(helpers)) {
            helper.descendants().forEach(ProcessHandle::destroyForcibly);
            helper.destroyForcibly();
        }
        // The gateway first so no new requests arrive, then the services together (graceful shutdown finishes
        // in-flight work; the outbox keeps anything not yet relayed for the next start), then the registry they
        // deregister from, and the infrastructure last.
        stopTogether(services.get(Component.GATEWAY));
        List<ServiceProcess> serving = new ArrayList<>(extraInstances);
        serving.addAll(java.util.Arrays.asList(services.get(Component.AUTH), services.get(Component.CONTENT),
                services.get(Component.PROGRESS), services.get(Component.NOTIFICATION)));
        stopTogether(serving.toArray(ServiceProcess[]::new));
        stopTogether(services.get(Component.DISCOVERY));
        if (infrastructure != null) {
            infrastructure.close();
        }
        // Last: the components send their final spans as they stop.
        if (traceStore != null) {
            traceStore.close();
        }
    }

    private static void stopTogether(ServiceProcess... processes) {
        List<ServiceProcess> started = java.util.Arrays.stream(processes).filter(java.util.Objects::nonNull).toList();
        started.forEach(ServiceProcess::requestStop);
        started.forEach(process -> process.awaitStop(30));
    }

    private static String seconds(Duration duration) {
        return "%.1f s".formatted(duration.toMillis() / 1000.0);
    }
}
