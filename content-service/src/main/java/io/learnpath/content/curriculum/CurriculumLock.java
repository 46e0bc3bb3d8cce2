package io.learnpath.content.curriculum;

/**
 * The one PostgreSQL advisory lock (transaction-scoped) that every change to the curriculum takes: a draft edit,
 * an import, a publish. One key rather than one per kind of change, so that two changes can never wait for each
 * other's lock in opposite orders (an editor's publish takes the draft then publishes; a start-up import decides
 * under the publishing lock and then replaces the draft). Changes are rare; serialising them costs nothing.
 */
public final class CurriculumLock {

    /** "curricu" in ASCII. */
    public static final long KEY = 0x63757272696375L;

    private CurriculumLock() {
    }
}
