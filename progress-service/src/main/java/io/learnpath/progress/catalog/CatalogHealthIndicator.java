package io.learnpath.progress.catalog;

import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code catalog}, part of the readiness group: until the first roadmap has arrived from the
 * content-service every progress request would answer 404, so the instance should not receive traffic yet.
 */
@Component
class CatalogHealthIndicator implements HealthIndicator {

    private final BooleanSupplier anyRoadmapKnown;

    @Autowired
    CatalogHealthIndicator(RoadmapCatalog catalog) {
        this(catalog::knowsAnyRoadmap);
    }

    CatalogHealthIndicator(BooleanSupplier anyRoadmapKnown) {
        this.anyRoadmapKnown = anyRoadmapKnown;
    }

    @Override
    public Health health() {
        return anyRoadmapKnown.getAsBoolean()
                ? Health.up().build()
                : Health.down().withDetail("reason", "no roadmap received from the content-service yet").build();
    }
}
