package io.learnpath.content.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.content.curriculum.files.CurriculumFiles;
import io.learnpath.content.editing.CurriculumFolder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The repository's curriculum ({@code src/main/resources/curriculum/}), checked by the build: every file reads and
 * obeys every rule (a broken file fails the build here, naming the file and the field), every topic meets the
 * minimums a learner counts on, and the backend roadmap covers what the four source articles name.
 */
class RepositoryCurriculumTest {

    private static final Curriculum CURRICULUM = CurriculumFiles.read(CurriculumFolder.read("classpath:curriculum/"));
    private static final Map<String, Topic> TOPICS = CURRICULUM.topicsBySlug();

    @Test
    void everyTopicMeetsTheMinimums() {
        assertThat(CURRICULUM.topics()).hasSizeGreaterThan(150);
        for (Topic topic : CURRICULUM.topics()) {
            assertThat(topic.resources()).as(topic.slug()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(topic.questions()).as(topic.slug()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(topic.effortHours()).as(topic.slug()).isBetween(1, 200);
            assertThat(topic.summary().length()).as(topic.slug()).isBetween(20, 300);
            assertThat(topic.body().length()).as(topic.slug()).isBetween(1_000, 20_000);
            assertThat(topic.resources()).as(topic.slug()).allSatisfy(resource -> {
                assertThat(resource.url()).startsWith("https://");
                assertThat(resource.type()).isNotNull();
                assertThat(resource.free()).isNotNull();
            });
            assertThat(topic.questions()).as(topic.slug()).allSatisfy(question -> {
                assertThat(question.choices()).hasSizeBetween(3, 6);
                assertThat(question.choices()).filteredOn(Question.Choice::isRight).hasSize(1);
                assertThat(question.explanation()).isNotBlank().doesNotContain("\n");
            });
        }
    }

    @Test
    void theBackendRoadmapHoldsEveryTopicInThreeLevels() {
        Roadmap backend = CURRICULUM.roadmap("backend").orElseThrow();
        Set<String> placed = Placement.of(backend, TOPICS).stream().map(Placement::slug).collect(Collectors.toSet());

        assertThat(backend.levels().keySet()).containsExactly(Level.BASIC, Level.INTERMEDIATE, Level.ADVANCED);
        assertThat(placed).containsExactlyInAnyOrderElementsOf(TOPICS.keySet());
    }

    @Test
    void everyPrerequisiteComesEarlierInTheBackendRoadmap() {
        List<Placement> order = Placement.of(CURRICULUM.roadmap("backend").orElseThrow(), TOPICS);
        Map<String, Integer> position = order.stream()
                .collect(Collectors.toMap(Placement::slug, Placement::position));

        for (Topic topic : CURRICULUM.topics()) {
            for (String prerequisite : topic.prerequisites()) {
                assertThat(position.get(prerequisite)).as(topic.slug() + " needs " + prerequisite)
                        .isLessThan(position.get(topic.slug()));
            }
        }
    }

    @Test
    void coversWhatTheSourceArticlesName() {
        assertThat(TOPICS).containsKeys(
                // How the web works, and every HTTP version the articles walk through
                "how-the-web-works", "dns", "client-server-model", "networking-basics", "http", "http-0-9",
                "http-1-0", "http-1-1", "http-2", "http-3", "http-status-codes", "frontend-basics", "html", "css",
                // Languages and their frameworks, version control, data structures
                "javascript-nodejs", "python", "java", "go", "ruby", "php", "csharp", "rust", "package-managers",
                "javascript-frameworks", "python-frameworks", "spring-boot", "php-frameworks", "ruby-on-rails",
                "aspnet-core", "go-web-frameworks", "version-control", "git-basics", "repository-hosting",
                "data-structures-algorithms", "big-o-notation", "coding-practice",
                // Databases
                "relational-databases", "postgresql", "mysql", "oracle-database", "nosql-databases",
                "document-databases", "key-value-stores", "wide-column-stores", "graph-databases", "orms",
                "indexes", "transactions", "acid", "cap-theorem",
                // APIs
                "rest", "json", "graphql", "grpc", "soap", "openapi", "api-design",
                // Authentication and security
                "password-authentication", "multi-factor-authentication", "certificate-authentication",
                "token-authentication", "biometric-authentication", "oauth-openid-connect", "authorization-models",
                "owasp-top-ten", "password-hashing", "https-tls", "cors", "security-headers", "csrf",
                "injection-and-input-validation", "rate-limiting", "encryption",
                // Caching, testing, delivery, running systems
                "cdn", "http-caching", "server-side-caching", "redis", "caching-strategies", "unit-testing",
                "integration-testing", "functional-testing", "end-to-end-testing", "load-testing", "ci-cd",
                "docker", "kubernetes", "nginx", "apache-http-server", "message-brokers", "rabbitmq",
                "apache-kafka", "websockets", "server-sent-events", "xmpp", "monolith", "microservices",
                "service-oriented-architecture", "cqrs", "serverless", "vertical-scaling", "horizontal-scaling",
                "load-balancing", "observability", "static-analysis", "code-coverage", "deployment",
                "cloud-providers",
                // Career
                "soft-skills", "interview-preparation", "system-design");
    }

    @Test
    void theShorterRoadmapsReuseTopicsOfTheBackendRoadmap() {
        assertThat(CURRICULUM.roadmaps()).extracting(Roadmap::slug)
                .contains("backend", "backend-foundations", "apis-and-system-design");
        for (String slug : List.of("backend-foundations", "apis-and-system-design")) {
            List<String> topics = Placement.of(CURRICULUM.roadmap(slug).orElseThrow(), TOPICS).stream()
                    .map(Placement::slug).toList();
            assertThat(topics).as(slug).hasSizeGreaterThan(10).isSubsetOf(TOPICS.keySet());
        }
    }

    @Test
    void projectIdeasFromTheArticlesHaveDifficultyTopicsAndCriteria() {
        Map<String, Project> projects = CURRICULUM.projects().stream()
                .collect(Collectors.toMap(Project::slug, Function.identity()));

        assertThat(projects).containsKeys("blog-api", "todo-api-with-auth", "weather-service-with-cache",
                "e-commerce-backend", "real-time-chat", "url-shortener", "cli-web-scraper",
                "clone-of-a-real-product");
        assertThat(projects.values()).extracting(Project::difficulty).contains(Difficulty.BEGINNER,
                Difficulty.INTERMEDIATE, Difficulty.ADVANCED);
        assertThat(projects.values()).allSatisfy(project -> {
            assertThat(project.topics()).isNotEmpty();
            assertThat(project.acceptanceCriteria()).hasSizeGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void theTopicsLearnersAlreadyWorkOnKeepTheirIds() {
        // The sixteen topics of the first backend roadmap: progress is keyed by these ids.
        Map<String, String> original = Map.ofEntries(
                Map.entry("344fc060-d2e7-423a-a91e-cd8184092f5f", "programming-language"),
                Map.entry("8698c555-9d42-480f-8bd9-7fc5ffce9ccb", "version-control"),
                Map.entry("7c913675-e352-49f7-8709-36be5c2c3d83", "how-the-web-works"),
                Map.entry("452f185c-a0a1-46ce-868d-857cc69e1fef", "data-structures-algorithms"),
                Map.entry("fd6a41ff-59bb-4050-bd05-46c17e83f929", "relational-databases"),
                Map.entry("ed64f523-c630-4849-9e89-8ce838fb63bd", "nosql-databases"),
                Map.entry("b47b252a-f804-46f0-874d-26dd6ee8ae49", "apis"),
                Map.entry("5892006a-873f-4f65-a5de-8124e17f3e82", "authentication"),
                Map.entry("22c4fad0-dcb2-4ba4-bd84-2fa7957b74bf", "web-frameworks"),
                Map.entry("78dfaa06-1635-4570-ad04-9dd4e096dca6", "testing"),
                Map.entry("ab2db65e-acd5-49bd-ae11-a01d85b88268", "caching"),
                Map.entry("4a740478-bb2f-4b75-9f45-a92d552ace3c", "web-security"),
                Map.entry("646ca247-0721-45ce-a27f-d97ba745e7b3", "containers"),
                Map.entry("ec4fa31a-a610-48c2-85bb-a8275e0b76f1", "message-brokers"),
                Map.entry("2998150f-4e7a-4f8a-bc6a-6df9414265ff", "scalability"),
                Map.entry("2612eee4-4914-4a6e-9c10-255fb629e13c", "observability"));

        original.forEach((id, slug) -> assertThat(TOPICS.get(slug).id()).as(slug).hasToString(id));
    }

    @Test
    void theFilesAreWrittenBackAsTheyAreRead() {
        assertThat(CurriculumFiles.read(CurriculumFiles.write(CURRICULUM))).isEqualTo(CURRICULUM);
    }
}
