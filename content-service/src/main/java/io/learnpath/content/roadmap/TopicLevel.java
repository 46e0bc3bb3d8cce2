package io.learnpath.content.roadmap;

/** How far along a learner usually is when they reach a topic. Stored by name in {@code topics.level}. */
public enum TopicLevel {
    BEGINNER, INTERMEDIATE, ADVANCED
}
