package io.learnpath.edge.routing;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A gateway class: HTTP types outside any controller, as everywhere in a gateway. */
public class RouteFilter {

    public HttpStatus answerFor(HttpHeaders headers) {
        return headers.containsHeader(HttpHeaders.AUTHORIZATION) ? HttpStatus.OK : HttpStatus.UNAUTHORIZED;
    }
}
