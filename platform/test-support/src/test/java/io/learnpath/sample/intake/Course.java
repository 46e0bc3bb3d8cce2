package io.learnpath.sample.intake;

import java.util.UUID;

/** The service's own record of a course, mapped from the catalogue's contract by the listener. */
public record Course(UUID id, String title) {
}
