package io.learnpath.launcher;

import java.util.List;
import java.util.function.ToIntFunction;

/** The six Learnpath components, each a Spring Boot jar started as its own JVM. */
public enum Component {

    DISCOVERY("discovery", Ports::discovery, Ports::discovery, null),
    AUTH("auth-service", Ports::auth, Ports::auth, "auth"),
    CONTENT("content-service", Ports::content, Ports::content, "content"),
    PROGRESS("progress-service", Ports::progress, Ports::progress, "progress"),
    NOTIFICATION("notification-service", Ports::notification, Ports::notification, "notification"),
    GATEWAY("gateway", Ports::gateway, Ports::gatewayManagement, null);

    private final String module;
    private final ToIntFunction<Ports> port;
    private final ToIntFunction<Ports> managementPort;
    private final String database;

    Component(String module, ToIntFunction<Ports> port, ToIntFunction<Ports> managementPort, String database) {
        this.module = module;
        this.port = port;
        this.managementPort = managementPort;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public int port(Ports ports) {
        return port.applyAsInt(ports);
    }

    /** Where its probes and metrics answer: its own port, except the gateway's, which keeps them off the API's. */
    public int managementPort(Ports ports) {
        return managementPort.applyAsInt(ports);
    }

    /** The component's own PostgreSQL database, or null if it keeps no state there. */
    public String database() {
        return database;
    }

    /** The name it registers under in Eureka (Eureka upper-cases application names). */
    public String eurekaName() {
        return module.toUpperCase();
    }

    /**
     * The id an instance listening on {@code port} registers under in Eureka: {@code eureka.instance.instance-id}
     * in the platform's defaults, the application name and the server port, so two instances on one host differ.
     */
    public String instanceId(int port) {
        return module + ":" + port;
    }

    public static List<String> databases() {
        return java.util.Arrays.stream(values()).map(Component::database).filter(java.util.Objects::nonNull).toList();
    }
}
