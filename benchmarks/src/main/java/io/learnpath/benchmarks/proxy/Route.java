package io.learnpath.benchmarks.proxy;

/** How a request reaches the service: directly (the baseline), through the gateway, or through nginx. */
public enum Route {

    DIRECT("direct"), GATEWAY("gateway"), NGINX("nginx");

    private final String key;

    Route(String key) {
        this.key = key;
    }

    /** As figure names and the report write it. */
    public String key() {
        return key;
    }
}
