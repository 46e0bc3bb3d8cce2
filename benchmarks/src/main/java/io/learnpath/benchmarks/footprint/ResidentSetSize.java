package io.learnpath.benchmarks.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** A process's resident set size from {@code /proc/<pid>/status} (Linux); empty elsewhere or once it is gone. */
final class ResidentSetSize {

    private ResidentSetSize() {
    }

    static OptionalLong of(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "")
                            .strip()) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
