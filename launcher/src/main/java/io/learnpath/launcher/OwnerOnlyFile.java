package io.learnpath.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The launcher's generated secrets: files only their owner can read. */
final class OwnerOnlyFile {

    private OwnerOnlyFile() {
    }

    /**
     * Writes {@code content} and a newline to a new file with mode 600 (set as the file is created, so it is never
     * readable by others, not even for a moment). If the file exists, another launcher got there first and its
     * content stands.
     */
    static void createUnlessPresent(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            // Another launcher's secret stands.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file, e);
        }
    }
}
