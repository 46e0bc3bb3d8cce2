package io.learnpath.edge.ratelimit;

import io.learnpath.edge.routing.RouteFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** Another gateway feature, using routing (one way only). */
public class Budget {

    private final RouteFilter routes = new RouteFilter();

    public boolean spend(HttpHeaders headers) {
        return routes.answerFor(headers) == HttpStatus.OK;
    }
}
