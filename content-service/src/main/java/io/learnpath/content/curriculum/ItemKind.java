package io.learnpath.content.curriculum;

import java.util.Locale;

/** The three kinds of thing a curriculum holds, and where each lives in the repository's files. */
public enum ItemKind {
    ROADMAP("roadmaps", ".yaml"), TOPIC("topics", ".md"), PROJECT("projects", ".md");

    private final String directory;
    private final String extension;

    ItemKind(String directory, String extension) {
        this.directory = directory;
        this.extension = extension;
    }

    public String directory() {
        return directory;
    }

    /** The file an item with this slug is read from and exported to, relative to the curriculum's root. */
    public String fileOf(String slug) {
        return directory + "/" + slug + extension;
    }

    public String noun() {
        return name().toLowerCase(Locale.ROOT);
    }
}
