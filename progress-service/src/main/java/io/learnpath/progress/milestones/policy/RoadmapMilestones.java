package io.learnpath.progress.milestones.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a roadmap's milestones a learner's statuses reach: 25, 50, 75 and 100 % of its topics finished, and
 * each level with every topic finished. A topic is finished when done or skipped, as percent complete counts it.
 *
 * <p>Thresholds are compared in whole numbers (finished × 100 ≥ threshold × total), so 1 of 4 reaches 25 % and 1
 * of 3 does not reach 50 % through a rounded 33.3.
 */
public final class RoadmapMilestones {

    public static final List<Integer> PERCENTS = List.of(25, 50, 75, 100);

    private RoadmapMilestones() {
    }

    public record TopicState(String level, boolean finished) {
    }

    public record Reached(List<Integer> percents, List<String> levels) {
    }

    public static Reached reached(List<TopicState> topics) {
        if (topics.isEmpty()) {
            return new Reached(List.of(), List.of());
        }
        long finished = topics.stream().filter(TopicState::finished).count();
        List<Integer> percents = PERCENTS.stream()
                .filter(percent -> finished * 100 >= (long) percent * topics.size())
                .toList();
        Map<String, Boolean> complete = new LinkedHashMap<>();
        topics.forEach(topic -> complete.merge(topic.level(), topic.finished(), Boolean::logicalAnd));
        List<String> levels = new ArrayList<>();
        complete.forEach((level, done) -> {
            if (done) {
                levels.add(level);
            }
        });
        return new Reached(percents, List.copyOf(levels));
    }
}
