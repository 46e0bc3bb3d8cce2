package io.learnpath.progress.reset.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which of a roadmap's started topics a reset takes back to NOT_STARTED. A status belongs to the topic, so
 * resetting a topic that another roadmap also lists resets it there too. A learner starting one roadmap over does
 * not mean to lose their progress on another they follow: such a topic is kept, with the followed roadmaps that
 * list it (so the answer can say why). A topic shared only with roadmaps the learner does not follow is reset.
 */
public final class TopicsToReset {

    private TopicsToReset() {
    }

    /**
     * @param started   the roadmap's topics the learner has started, finished or skipped, in the roadmap's order
     * @param listedIn  the roadmaps listing each started topic (the one being reset among them)
     * @param followed  the roadmaps the learner follows
     * @param roadmapId the roadmap being reset
     */
    public static Split split(Collection<UUID> started, Map<UUID, ? extends Collection<UUID>> listedIn,
            Set<UUID> followed, UUID roadmapId) {
        List<UUID> reset = new ArrayList<>();
        Map<UUID, List<UUID>> kept = new LinkedHashMap<>();
        for (UUID topic : started) {
            Collection<UUID> listing = listedIn.containsKey(topic) ? listedIn.get(topic) : List.of();
            List<UUID> alsoFollowed = listing.stream()
                    .filter(roadmap -> !roadmap.equals(roadmapId) && followed.contains(roadmap))
                    .sorted()
                    .toList();
            if (alsoFollowed.isEmpty()) {
                reset.add(topic);
            } else {
                kept.put(topic, alsoFollowed);
            }
        }
        return new Split(reset, kept);
    }

    /**
     * @param reset the topics to take back to NOT_STARTED, in the order given
     * @param kept  the topics left as they are, each with the other followed roadmaps that list it
     */
    public record Split(List<UUID> reset, Map<UUID, List<UUID>> kept) {

        public Split {
            reset = List.copyOf(reset);
            kept = Collections.unmodifiableMap(new LinkedHashMap<>(kept));
        }
    }
}
