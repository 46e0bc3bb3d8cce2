package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoriesTest {

    @TempDir
    Path temp;

    @Test
    void removesATreeWithEverythingInIt() throws Exception {
        Path tree = temp.resolve("tree");
        Files.createDirectories(tree.resolve("a/b"));
        Files.writeString(tree.resolve("a/b/file.txt"), "x");
        Files.writeString(tree.resolve("top.txt"), "y");

        Directories.deleteRecursively(tree);

        assertThat(tree).doesNotExist();
    }

    @Test
    void removesALinkWithoutTouchingWhatItPointsTo() throws Exception {
        Path kept = Files.createDirectories(temp.resolve("kept"));
        Files.writeString(kept.resolve("precious.txt"), "z");
        Path tree = Files.createDirectories(temp.resolve("tree"));
        Files.createSymbolicLink(tree.resolve("link"), kept);

        Directories.deleteRecursively(tree);

        assertThat(tree).doesNotExist();
        assertThat(kept.resolve("precious.txt")).hasContent("z");
    }

    @Test
    void aMissingDirectoryIsNothingToDo() {
        assertThatCode(() -> Directories.deleteRecursively(temp.resolve("never-made"))).doesNotThrowAnyException();
    }
}
