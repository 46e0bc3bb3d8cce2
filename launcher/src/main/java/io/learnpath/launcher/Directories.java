package io.learnpath.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a directory tree: the JDK has no call for it, and the launcher, its tests and the benchmarks need one. */
public final class Directories {

    private Directories() {
    }

    /** Removes {@code path} and everything below it; nothing when it does not exist. A link is removed, not followed. */
    public static void deleteRecursively(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + path, e);
        }
    }
}
