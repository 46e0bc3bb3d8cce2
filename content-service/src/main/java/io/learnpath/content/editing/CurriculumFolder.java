package io.learnpath.content.editing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The curriculum files under a Spring resource location, as {@code CurriculumFiles} reads them. */
public final class CurriculumFolder {

    private CurriculumFolder() {
    }

    /**
     * @param location {@code classpath:curriculum/} (the jar's own), or a directory such as {@code file:/srv/c/}
     * @return each file's content by its path relative to the location ({@code topics/http.md})
     */
    public static Map<String, String> read(String location) {
        String root = location.endsWith("/") ? location : location + "/";
        try {
            Map<String, String> files = new TreeMap<>();
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String folder : new String[] {"roadmaps", "topics", "projects"}) {
                for (Resource resource : resolver.getResources(root + folder + "/*")) {
                    files.put(folder + "/" + resource.getFilename(),
                            resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the curriculum files at " + location, e);
        }
    }
}
