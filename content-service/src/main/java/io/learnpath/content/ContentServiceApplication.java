package io.learnpath.content;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The curriculum, as content-as-code: roadmaps, topics and project ideas imported from the repository's files,
 * edited by editors in a draft and published as versions; served read-only to everyone (cached in Redis, searched
 * in PostgreSQL) and announced to other services, one {@code RoadmapPublished} per roadmap version.
 */
@SpringBootApplication
@EnableConfigurationProperties(ContentProperties.class)
public class ContentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContentServiceApplication.class, args);
    }
}
