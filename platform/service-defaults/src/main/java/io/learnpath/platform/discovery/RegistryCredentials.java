package io.learnpath.platform.discovery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The machine credentials every component presents to the service registry (HTTP Basic), and the registry checks:
 * {@code DISCOVERY_USER} and {@code DISCOVERY_PASSWORD}. The registry decides where requests are sent, so an
 * anonymous registration would let anyone receive a share of the traffic (passwords included).
 */
@ConfigurationProperties("learnpath.discovery")
public record RegistryCredentials(@DefaultValue("learnpath") String user, String password) {

    /** The password, or a start-up failure that says which variable to set. */
    public String requiredPassword() {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("DISCOVERY_PASSWORD (learnpath.discovery.password) is not set: "
                    + "the service registry accepts no anonymous clients");
        }
        return password;
    }

    @Override
    public String toString() {
        return "RegistryCredentials[user=" + user + ", password=(hidden)]";
    }
}
