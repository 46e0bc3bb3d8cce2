package io.learnpath.progress.activity;

/** What a learner did. */
public enum ActivityKind {
    TOPIC_STATUS_CHANGED,
    SELF_CHECK_ATTEMPTED
}
