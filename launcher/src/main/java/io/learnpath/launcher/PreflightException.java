package io.learnpath.launcher;

import java.util.List;

/** Why the stack will not start, found before anything was started. */
public class PreflightException extends RuntimeException {

    private final List<String> problems;

    public PreflightException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
