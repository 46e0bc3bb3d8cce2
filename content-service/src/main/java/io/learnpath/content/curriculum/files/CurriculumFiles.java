package io.learnpath.content.curriculum.files;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.ItemKind;
import io.learnpath.content.curriculum.Project;
import io.learnpath.content.curriculum.Roadmap;
import io.learnpath.content.curriculum.Topic;
import io.learnpath.content.curriculum.policy.CurriculumRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The curriculum's file format, both ways: {@code roadmaps/<slug>.yaml}, and {@code topics/<slug>.md} and
 * {@code projects/<slug>.md} as Markdown with YAML front matter. The importer, the export and the build's check of
 * the repository's files all go through here, so a file that the build accepts is one that the export would write.
 *
 * <p>Reading is strict: an unknown field (a typo such as {@code sumary}), a wrong type or a file whose name does not
 * match its slug is an error naming the file and the field, and so is every rule of {@link CurriculumRules}.
 */
public final class CurriculumFiles {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A choice without "correct" is a wrong one; Jackson 3 would otherwise refuse the missing boolean.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .build();

    private CurriculumFiles() {
    }

    /**
     * Reads and checks a whole curriculum.
     *
     * @param files file contents by path relative to the curriculum's root ({@code topics/http.md}); other paths
     *              (a README, say) are ignored
     * @throws CurriculumFileException naming every file and field that is wrong
     */
    public static Curriculum read(Map<String, String> files) {
        Curriculum curriculum = parse(files);
        List<CurriculumFileException.Problem> problems = CurriculumRules.check(curriculum).stream()
                .map(v -> new CurriculumFileException.Problem(v.file(), v.field(), v.message())).toList();
        if (!problems.isEmpty()) {
            throw new CurriculumFileException(problems);
        }
        return curriculum;
    }

    /**
     * Reads files without the rules across items: for a part of a curriculum (an exported roadmap) that will be
     * merged into a whole one and checked there.
     *
     * @throws CurriculumFileException naming every file and field that cannot be read
     */
    public static Curriculum parse(Map<String, String> files) {
        List<CurriculumFileException.Problem> problems = new ArrayList<>();
        List<Roadmap> roadmaps = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        new TreeMap<>(files).forEach((path, content) -> {
            try {
                if (matches(path, ItemKind.ROADMAP)) {
                    Roadmap roadmap = YAML.readValue(content, Roadmap.class);
                    roadmaps.add(named(path, ItemKind.ROADMAP, roadmap.slug(), roadmap));
                } else if (matches(path, ItemKind.TOPIC)) {
                    FrontMatter parsed = FrontMatter.split(content);
                    Topic topic = YAML.treeToValue(parsed.header(), Topic.class).withBody(parsed.body());
                    topics.add(named(path, ItemKind.TOPIC, topic.slug(), topic));
                } else if (matches(path, ItemKind.PROJECT)) {
                    FrontMatter parsed = FrontMatter.split(content);
                    Project project = YAML.treeToValue(parsed.header(), Project.class).withBody(parsed.body());
                    projects.add(named(path, ItemKind.PROJECT, project.slug(), project));
                }
            } catch (JacksonException e) {
                problems.add(new CurriculumFileException.Problem(path, fieldOf(e),
                        e.getOriginalMessage().lines().findFirst().orElse("is invalid")));
            } catch (InvalidFileException e) {
                problems.add(new CurriculumFileException.Problem(path, e.field, e.getMessage()));
            }
        });
        if (!problems.isEmpty()) {
            throw new CurriculumFileException(problems);
        }
        return new Curriculum(roadmaps, topics, projects);
    }

    /** Writes a curriculum as files, by path; reading them back gives an equal curriculum. */
    public static Map<String, String> write(Curriculum curriculum) {
        Map<String, String> files = new TreeMap<>();
        curriculum.roadmaps().forEach(roadmap ->
                files.put(ItemKind.ROADMAP.fileOf(roadmap.slug()), YAML.writeValueAsString(roadmap)));
        curriculum.topics().forEach(topic ->
                files.put(ItemKind.TOPIC.fileOf(topic.slug()), withFrontMatter(topic, topic.body())));
        curriculum.projects().forEach(project ->
                files.put(ItemKind.PROJECT.fileOf(project.slug()), withFrontMatter(project, project.body())));
        return files;
    }

    private static String withFrontMatter(Object item, String body) {
        ObjectNode header = YAML.valueToTree(item);
        header.remove("body");
        return "---\n" + YAML.writeValueAsString(header) + "---\n" + (body == null ? "" : body) + "\n";
    }

    private static boolean matches(String path, ItemKind kind) {
        return path.startsWith(kind.directory() + "/") && path.endsWith(kind.fileOf("").substring(
                kind.directory().length() + 1));
    }

    /** The file name is the slug, so that a reader finds a topic's file from its URL and vice versa. */
    private static <T> T named(String path, ItemKind kind, String slug, T item) {
        if (!path.equals(kind.fileOf(String.valueOf(slug)))) {
            throw new InvalidFileException("slug", "'" + slug + "' does not match the file name (expected "
                    + kind.fileOf(String.valueOf(slug)) + ")");
        }
        return item;
    }

    /** "questions[1].choices" from Jackson's path to the offending value. */
    private static String fieldOf(JacksonException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private record FrontMatter(JsonNode header, String body) {

        static FrontMatter split(String content) {
            Matcher matcher = FRONT_MATTER.matcher(content.replace("\r\n", "\n"));
            if (!matcher.matches()) {
                throw new InvalidFileException("", "must start with YAML front matter between two '---' lines");
            }
            JsonNode header = YAML.readTree(matcher.group(1));
            if (header == null || !header.isObject()) {
                throw new InvalidFileException("", "front matter must be a YAML mapping");
            }
            if (header.has("body")) {
                throw new InvalidFileException("body", "belongs below the front matter, not in it");
            }
            return new FrontMatter(header, matcher.group(2).strip());
        }
    }

    private static final class InvalidFileException extends RuntimeException {

        private final String field;

        InvalidFileException(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
