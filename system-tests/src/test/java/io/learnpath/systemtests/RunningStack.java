package io.learnpath.systemtests;

import io.learnpath.launcher.Ports;
import io.learnpath.launcher.ServiceProcess;
import io.learnpath.launcher.Stack;
import io.learnpath.launcher.StackLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The stack under test, started exactly as {@code ./learnpath up} starts it, in a fresh home folder under
 * {@code target/} and on ports shifted away from a stack a developer may be running.
 */
final class RunningStack {

    static final String JVM_OPTIONS = System.getProperty("learnpath.system-test.jvm-options",
            ServiceProcess.DEFAULT_JVM_OPTIONS);

    private RunningStack() {
    }

    static StackLayout freshLayout() {
        Path root = Path.of(System.getProperty("learnpath.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("learnpath.system-test.home", "target/stack")).toAbsolutePath();
        deleteRecursively(home);
        int offset = Integer.getInteger("learnpath.system-test.port-offset", 20000);
        return new StackLayout(root, home, Ports.defaults().shiftedBy(offset));
    }

    static Stack start(StackLayout layout) {
        return Stack.start(layout, JVM_OPTIONS, Duration.ofMinutes(5), line -> System.out.println("[stack] " + line));
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
