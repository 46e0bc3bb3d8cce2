package io.learnpath.benchmarks.stack;

import io.learnpath.launcher.Component;
import io.learnpath.launcher.Ports;
import io.learnpath.launcher.Stack;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the benchmarks reach a running stack: the gateway (what clients use), each component directly on its own
 * port (the same-run baseline of every "through the gateway" figure), and each component's management port (its
 * metrics). 127.0.0.1 rather than localhost: wrk would try ::1 first, where nothing listens.
 */
public record StackEndpoints(URI gateway, Map<Component, URI> direct, Map<Component, URI> management) {

    public StackEndpoints {
        direct = Map.copyOf(direct);
        management = Map.copyOf(management);
    }

    public static StackEndpoints of(Stack stack) {
        return of(stack.layout().ports());
    }

    public static StackEndpoints of(Ports ports) {
        Map<Component, URI> direct = new EnumMap<>(Component.class);
        Map<Component, URI> management = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            direct.put(component, local(component.port(ports)));
            management.put(component, local(component.managementPort(ports)));
        }
        return new StackEndpoints(local(ports.gateway()), direct, management);
    }

    public URI direct(Component component) {
        return direct.get(component);
    }

    public URI management(Component component) {
        return management.get(component);
    }

    /** The component's port alone, for a proxy put in front of it. */
    public int port(Component component) {
        return direct(component).getPort();
    }

    private static URI local(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }
}
