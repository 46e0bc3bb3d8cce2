package io.learnpath.benchmarks.report;

import java.util.List;

/**
 * What one benchmark case hands to the report: its section (markdown: tables with every figure beside its
 * same-run baseline), its figures, ratios and limits, and what went wrong. A case with errors still reports what
 * it measured, so that the report shows where it failed.
 */
public record CaseResult(String title, String markdown, List<Figure> figures, List<Ratio> ratios,
        List<Limit> limits, List<String> errors) {

    public CaseResult {
        figures = List.copyOf(figures);
        ratios = List.copyOf(ratios);
        limits = List.copyOf(limits);
        errors = List.copyOf(errors);
    }

    /** A case that could not run at all: its section says why. */
    public static CaseResult failed(String title, Exception cause) {
        String error = title + ": " + cause;
        return new CaseResult(title, "Did not complete: `" + cause + "`.\n", List.of(), List.of(), List.of(),
                List.of(error));
    }
}
