package io.learnpath.content.catalog.web;

import io.learnpath.content.ContentProperties;
import io.learnpath.content.catalog.CachedRead;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends a cached read as it is: the JSON body untouched (gzipped when the client accepts gzip, compressed once per
 * release, not per response), its ETag, and Cache-Control. Because the entity carries an ETag, Spring MVC answers a
 * matching {@code If-None-Match} with 304 and no body.
 */
@Component
class CachedResponses {

    private final CacheControl cacheControl;

    CachedResponses(ContentProperties properties) {
        this.cacheControl = CacheControl.maxAge(properties.httpMaxAge()).cachePublic();
    }

    ResponseEntity<byte[]> ok(CachedRead read) {
        boolean gzip = acceptsGzip();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(gzip ? read.gzippedEtag() : read.etag())
                .cacheControl(cacheControl)
                .varyBy(HttpHeaders.ACCEPT_ENCODING)
                .headers(headers -> {
                    if (gzip) {
                        headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
                    }
                })
                .body(gzip ? read.gzipped() : read.body());
    }

    /** {@code Accept-Encoding} names gzip and does not refuse it with {@code q=0}. */
    private static boolean acceptsGzip() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        String accepted = attributes.getRequest().getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
