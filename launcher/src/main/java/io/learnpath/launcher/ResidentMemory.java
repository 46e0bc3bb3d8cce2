package io.learnpath.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Reads a process's resident set size from {@code /proc/<pid>/status}. */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    /** The resident set size in bytes (Linux); empty elsewhere or once the process is gone. */
    public static OptionalLong of(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    String kilobytes = line.substring("VmRSS:".length()).replace("kB", "").trim();
                    return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    static String megabytes(OptionalLong bytes) {
        return bytes.isPresent() ? (bytes.getAsLong() / (1024 * 1024)) + " MB" : "n/a";
    }
}
