package io.learnpath.gateway.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The AsyncAPI documents of the publishing services, read once at start-up from the contracts modules on the
 * gateway's classpath ({@code asyncapi/<service>.asyncapi.yaml}). A new publisher's document is served as soon as
 * its contracts module is a gateway dependency.
 */
@Component
class AsyncApiDocuments {

    static final String LOCATION = "classpath*:asyncapi/*.asyncapi.yaml";
    private static final String SUFFIX = ".asyncapi.yaml";

    private final Map<String, AsyncApiDocument> byName = new TreeMap<>();

    AsyncApiDocuments() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                AsyncApiDocument document = read(resource);
                byName.put(document.name(), document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + LOCATION, e);
        }
    }

    /** Every document, by service name. */
    List<AsyncApiDocument> all() {
        return List.copyOf(byName.values());
    }

    Optional<AsyncApiDocument> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    private static AsyncApiDocument read(Resource resource) {
        String file = resource.getFilename();
        String name = file.substring(0, file.length() - SUFFIX.length());
        try (InputStream in = resource.getInputStream()) {
            byte[] content = in.readAllBytes();
            return new AsyncApiDocument(name, title(name, content), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the AsyncAPI document " + resource, e);
        }
    }

    // Read once here rather than trusted blindly: a document without a title is broken, and start-up says so.
    private static String title(String name, byte[] content) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(content,
                StandardCharsets.UTF_8));
        if (document instanceof Map<?, ?> root && root.get("info") instanceof Map<?, ?> info
                && info.get("title") instanceof String title) {
            return title;
        }
        throw new IllegalStateException("The AsyncAPI document of " + name + " has no info.title");
    }
}
