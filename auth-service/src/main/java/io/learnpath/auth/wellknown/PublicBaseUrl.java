package io.learnpath.auth.wellknown;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where clients reach Learnpath (the gateway): the absolute URLs in the discovery document start with it. The
 * service cannot learn it from the requests it receives, which come through the gateway.
 *
 * @param publicBaseUrl {@code learnpath.auth.public-base-url}
 */
@ConfigurationProperties("learnpath.auth")
public record PublicBaseUrl(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {

    /** The absolute URL of a path under the base, e.g. {@code /api/auth/login}. */
    String resolve(String path) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
