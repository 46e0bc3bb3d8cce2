package io.learnpath.content;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The curriculum: roadmaps and their topics, served read-only to everyone and announced to other services, one
 * {@code RoadmapPublished} per roadmap version.
 */
@SpringBootApplication
public class ContentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContentServiceApplication.class, args);
    }
}
