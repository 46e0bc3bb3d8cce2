package io.learnpath.progress.export;

import java.util.List;
import java.util.UUID;

/**
 * One feature's share of the learner's export. Each feature that keeps data about a learner declares a section as
 * a bean in its own package, so the export grows with the service without knowing its features, and a feature added
 * later cannot be forgotten by an export written before it. Sections are read one after another inside one
 * read-only, repeatable-read transaction, so together they are one consistent snapshot; the beans' {@code @Order}
 * is their order in the export.
 *
 * @param <T> a flat record: its components are the section's JSON fields and CSV columns
 */
public interface LearnerDataSection<T extends Record> {

    /** The section's key in the JSON export and its {@code section} column in the CSV, e.g. {@code statuses}. */
    String name();

    Class<T> rowType();

    /** Everything the feature holds about this learner, in a stable order; never another learner's rows. */
    List<T> rowsOf(UUID learnerId);
}
