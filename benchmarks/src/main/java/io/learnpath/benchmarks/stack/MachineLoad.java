package io.learnpath.benchmarks.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load averages, for the report: on two cores shared with other work the figures say as much about
 * the machine as about the code, and a reader must be able to tell a quiet run from a busy one.
 */
public final class MachineLoad {

    private MachineLoad() {
    }

    /** "0.52 0.61 0.70" (1, 5 and 15 minutes), or "unknown" off Linux. */
    public static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }
}
