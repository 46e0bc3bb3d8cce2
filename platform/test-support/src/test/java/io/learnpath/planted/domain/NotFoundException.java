package io.learnpath.planted.domain;

/** Stands in for the platform's Spring-free domain exceptions ({@code io.learnpath.platform.domain}). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object key) {
        super("No " + what + " '" + key + "'");
    }
}
