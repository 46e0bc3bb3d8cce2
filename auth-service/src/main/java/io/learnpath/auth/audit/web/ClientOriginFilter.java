package io.learnpath.auth.audit.web;

import io.learnpath.auth.audit.ClientOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Hands each request's origin to the audit trail ({@link ClientOrigin}) for as long as the request is served. */
@Component
class ClientOriginFilter extends OncePerRequestFilter {

    // Headers are attacker-controlled text: bounded, so the trail cannot be used to store megabytes per request.
    private static final int MAX_HEADER = 300;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientOrigin.set(new ClientOrigin(request.getRemoteAddr(), bounded(request.getHeader("X-Forwarded-For")),
                bounded(request.getHeader("User-Agent"))));
        try {
            chain.doFilter(request, response);
        } finally {
            ClientOrigin.clear();
        }
    }

    private static String bounded(String header) {
        return header == null || header.length() <= MAX_HEADER ? header : header.substring(0, MAX_HEADER);
    }
}
