package io.learnpath.progress.tracking;

/** Where a learner stands on a topic. A topic never touched is NOT_STARTED. */
public enum TopicStatus {
    NOT_STARTED, IN_PROGRESS, DONE, SKIPPED
}
