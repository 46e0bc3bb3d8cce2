package io.learnpath.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the stack's files live: the project checkout (for the built jars) and the home folder that keeps data
 * and logs between runs ({@code .learnpath/} in the checkout by default).
 */
public record StackLayout(Path projectRoot, Path home, Ports ports) {

    /** A layout whose home is emptied first: a stack started on it finds no data of an earlier run. */
    public static StackLayout fresh(Path projectRoot, Path home, Ports ports) {
        Directories.deleteRecursively(home);
        return new StackLayout(projectRoot, home, ports);
    }

    public Path dataDirectory(String server) {
        return home.resolve("data").resolve(server);
    }

    public Path logsDirectory() {
        return home.resolve("logs");
    }

    public Path logFile(String component) {
        return logsDirectory().resolve(component + ".log");
    }

    /** The log of a component's {@code instance}-th instance: the first one's is {@link #logFile(String)}. */
    public Path logFile(String component, int instance) {
        return instance == 1 ? logFile(component) : logsDirectory().resolve(component + "-" + instance + ".log");
    }

    public Path pidFile() {
        return home.resolve("launcher.pid");
    }

    public Path jar(String module) {
        return projectRoot.resolve(module).resolve("target").resolve(module + ".jar");
    }

    public boolean isProjectRoot() {
        return Files.isRegularFile(projectRoot.resolve("pom.xml")) && Files.isDirectory(projectRoot.resolve("launcher"));
    }
}
