package io.learnpath.auth.wellknown;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicBaseUrl where clients reach Learnpath (the gateway), used to build the absolute URLs in the
 *                      discovery document; the service itself cannot know it from the request it receives
 */
@ConfigurationProperties("learnpath.auth")
public record PublicEndpoints(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {

    String url(String path) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
