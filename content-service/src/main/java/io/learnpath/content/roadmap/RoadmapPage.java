package io.learnpath.content.roadmap;

import java.util.List;

/** One page of the roadmap catalogue, in the platform's collection shape. */
public record RoadmapPage(List<RoadmapSummary> items, int page, int size, long totalItems, long totalPages) {

    public RoadmapPage {
        items = List.copyOf(items);
    }

    static RoadmapPage of(List<RoadmapSummary> items, int page, int size, long totalItems) {
        return new RoadmapPage(items, page, size, totalItems, (totalItems + size - 1) / size);
    }
}
