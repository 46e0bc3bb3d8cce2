package io.learnpath.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * JDK 25 ahead-of-time caches (JEP 483, 514) for the Spring Boot jars the launcher starts, made the way Spring Boot
 * documents: the fat jar extracted ({@code -Djarmode=tools extract}), one training run of the extracted jar with
 * {@code -XX:AOTCacheOutput} that stops right after the application context's refresh
 * ({@code -Dspring.context.exit=onRefresh}: beans created, nothing started), then every start with
 * {@code -XX:AOTCache}: its classes come loaded and linked from the cache instead of being read, verified and
 * linked again.
 *
 * <p>A cache is only valid for the jar, JDK and JVM options it was trained with (the JVM checks the class path
 * and some options itself, but not all of them, and not the content of a jar it did not see change). So each lives
 * in a directory named by a digest of the jar's entry table ({@link #jarDigest}) and a digest of the JDK and the JVM
 * options ({@link #key}): a rebuilt jar, another JDK or other options find no directory and train a new one. The
 * directories of older builds of a jar are removed as soon as a newer one is in use ({@link Entry#removeStale});
 * those of the same build with other options (the {@code peak} set of the benchmarks, say) stay.
 *
 * <p>{@code LEARNPATH_AOT_CACHE=off} (or the system property {@code learnpath.aot-cache=off}) starts every jar as
 * before, without a cache. The caches live next to the jar ({@code <module>/target/aot-cache/}, so
 * {@code ./mvnw clean} removes them with the jar) unless {@code LEARNPATH_AOT_CACHE_DIR} (or
 * {@code learnpath.aot-cache.directory}) names another directory.
 *
 * <p>Several launchers may share the caches (a stack started by hand and the system tests' one): everything is
 * written under a name of its own process and moved into place in one step, and a directory that a running process
 * uses is never removed.
 */
final class AotCache {

    static final String SWITCH = "LEARNPATH_AOT_CACHE";
    static final String SWITCH_PROPERTY = "learnpath.aot-cache";
    static final String DIRECTORY = "LEARNPATH_AOT_CACHE_DIR";
    static final String DIRECTORY_PROPERTY = "learnpath.aot-cache.directory";

    /** What a training run adds to the component's own JVM options. */
    static final String EXIT_AFTER_REFRESH = "-Dspring.context.exit=onRefresh";

    /**
     * The training run and the JVM that assembles the cache log a warning for each class they leave out (hundreds:
     * classes of optional features that were never linked); only errors go to the component's log.
     */
    static final String QUIET_AOT_LOG = "-Xlog:aot*=error";

    private static final Duration EXTRACTION_TIMEOUT = Duration.ofMinutes(2);

    private final boolean enabled;
    private final Path directory;
    private final String runtime;

    AotCache(boolean enabled, Path directory, String runtime) {
        this.enabled = enabled;
        this.directory = directory;
        this.runtime = runtime;
    }

    /**
     * From the launcher's environment and system properties (a system property wins: the system tests set theirs
     * on the Maven command line), for the JDK the launcher runs on, which is the one it starts every JVM with.
     */
    static AotCache fromSettings(Map<String, String> environment, Properties properties) {
        String setting = properties.getProperty(SWITCH_PROPERTY, environment.getOrDefault(SWITCH, "on")).strip();
        if (!setting.equalsIgnoreCase("on") && !setting.equalsIgnoreCase("off")) {
            throw new IllegalArgumentException(SWITCH + " is on or off, not '" + setting + "'");
        }
        String directory = properties.getProperty(DIRECTORY_PROPERTY, environment.get(DIRECTORY));
        return new AotCache(setting.equalsIgnoreCase("on"),
                directory == null || directory.isBlank() ? null : Path.of(directory).toAbsolutePath().normalize(),
                currentRuntime());
    }

    /** The JDK build and where it lives: a cache made by another JDK is unusable. */
    static String currentRuntime() {
        return System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version") + " "
                + System.getProperty("java.home");
    }

    boolean enabled() {
        return enabled;
    }

    /** Where the caches of {@code jar} live (one directory per build and set of options). */
    Path directoryFor(Path jar) {
        String name = jarName(jar);
        return directory == null ? jar.toAbsolutePath().getParent().resolve("aot-cache") : directory.resolve(name);
    }

    /** The cache of {@code jar} started with {@code jvmOptions}: where it is or will be. Reads the jar's entry table. */
    Entry entry(Path jar, String jvmOptions) {
        return new Entry(jar, directoryFor(jar).resolve(key(jar, jvmOptions, runtime)));
    }

    /**
     * The name of a cache directory: {@code <jar digest>-<JDK and options digest>}, so every directory of one build
     * of a jar shares its first part.
     */
    static String key(Path jar, String jvmOptions, String runtime) {
        String options = String.join(" ", splitOptions(jvmOptions));
        return jarDigest(jar) + "-" + sha256(runtime + "\n" + options).substring(0, 12);
    }

    /**
     * A digest of the jar's content, read from its entry table: every entry's name, size and CRC-32, which the zip
     * format keeps in the central directory at the end of the file. A Spring Boot jar stores its libraries whole as
     * entries of their own, so a changed class or library changes its entry's CRC (and usually its size). Reading
     * the table costs milliseconds; hashing the 100 MB of each jar would cost a second or two of CPU at every start.
     */
    static String jarDigest(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ZipEntry entry : Collections.list(zip.entries())) {
                digest.update((entry.getName() + "\0" + entry.getSize() + "\0" + entry.getCrc() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> splitOptions(String jvmOptions) {
        String trimmed = jvmOptions == null ? "" : jvmOptions.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    /** The SHA-256 of {@code text}, in hex. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jarName(Path jar) {
        String file = jar.getFileName().toString();
        return file.endsWith(".jar") ? file.substring(0, file.length() - ".jar".length()) : file;
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** How a JVM is started: its jar, and the options the cache adds to the component's own. */
    record Launch(Path jar, List<String> jvmOptions, boolean fromCache) {

        static Launch plain(Path jar) {
            return new Launch(jar, List.of(), false);
        }
    }

    /** Starts a process; the stack passes one that refuses once it is closing and stops what it started. */
    @FunctionalInterface
    interface ProcessStarter {
        Process start(ProcessBuilder builder) throws IOException;
    }

    /** One cache directory: {@code app/} (the extracted jar and its {@code lib/}) and the cache file. */
    static final class Entry {

        private final Path jar;
        private final Path directory;

        Entry(Path jar, Path directory) {
            this.jar = jar;
            this.directory = directory;
        }

        Path directory() {
            return directory;
        }

        Path extractedJar() {
            return directory.resolve("app").resolve(jar.getFileName());
        }

        Path cacheFile() {
            return directory.resolve(jarName(jar) + ".aot");
        }

        boolean extracted() {
            return Files.isRegularFile(extractedJar());
        }

        /** Both written last, each moved into place in one step: when they exist they are complete. */
        boolean ready() {
            return extracted() && Files.isRegularFile(cacheFile());
        }

        /** The extracted jar with its cache when both are there, else the jar as built. */
        Launch launch() {
            return ready() ? new Launch(extractedJar(), List.of("-XX:AOTCache=" + cacheFile()), true)
                    : Launch.plain(jar);
        }

        /**
         * Removes the directories of other builds of this jar (another jar digest) and leftovers of runs that
         * died, unless a running process names them on its command line: a stack started before the rebuild runs
         * from its own, and a JVM opens some of its class path only when it first needs a class from it. Returns
         * what it removed.
         */
        List<Path> removeStale() {
            Path parent = directory.getParent();
            if (!Files.isDirectory(parent)) {
                return List.of();
            }
            String build = directory.getFileName().toString().split("-")[0];
            List<String> running = ProcessHandle.allProcesses()
                    .map(process -> process.info().commandLine().orElse("")).filter(line -> !line.isEmpty())
                    .toList();
            List<Path> removed = new ArrayList<>();
            for (Path candidate : list(parent)) {
                if (Files.isDirectory(candidate) && !candidate.getFileName().toString().startsWith(build + "-")
                        && !usedBy(candidate, running)) {
                    deleteRecursively(candidate);
                    removed.add(candidate);
                }
            }
            // Within this build's directory: extractions and training runs of launchers that died on the way.
            if (Files.isDirectory(directory)) {
                for (Path candidate : list(directory)) {
                    String name = candidate.getFileName().toString();
                    int at = name.lastIndexOf(".partial-");
                    if (at >= 0 && !isAlive(name.substring(at + ".partial-".length()))) {
                        deleteRecursively(candidate);
                        removed.add(candidate);
                    }
                }
            }
            return removed;
        }

        private static boolean usedBy(Path directory, List<String> commandLines) {
            String prefix = directory.toAbsolutePath() + File.separator;
            return commandLines.stream().anyMatch(line -> line.contains(prefix));
        }

        private static boolean isAlive(String pid) {
            try {
                return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
            } catch (NumberFormatException e) {
                return false;
            }
        }

        /**
         * Extracts the fat jar with its own tools ({@code java -Djarmode=tools -jar app.jar extract}) into a
         * directory of this process, then moves it into place; if another launcher got there first, its extraction
         * stands. Output goes to {@code logFile}.
         */
        void extract(Path logFile, ProcessStarter starter) throws IOException, InterruptedException {
            if (extracted()) {
                return;
            }
            Files.createDirectories(directory);
            Path partial = directory.resolve("app.partial-" + ProcessHandle.current().pid());
            deleteRecursively(partial);
            List<String> command = List.of(java().toString(), "-XX:TieredStopAtLevel=1", "-Xmx128m",
                    "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
                    partial.toString());
            try {
                int exit = run(command, System.getenv(), logFile, EXTRACTION_TIMEOUT, starter,
                        "extracting " + jar.getFileName() + " for its AOT cache");
                if (exit != 0 || !Files.isRegularFile(partial.resolve(jar.getFileName()))) {
                    throw new IOException("extracting " + jar.getFileName() + " failed (exit code " + exit + ")");
                }
                try {
                    Files.move(partial, directory.resolve("app"), StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                    // Another launcher's extraction of the same build is in place.
                }
            } finally {
                deleteRecursively(partial);
            }
        }

        /**
         * The training run: the extracted jar with the component's JVM options and (whole) environment, until its context
         * has refreshed; the JVM then writes the cache (in a child JVM it starts and waits for). On success the
         * cache is moved into place. Returns empty when the cache is ready, else why not.
         */
        Optional<String> train(String jvmOptions, Map<String, String> environment, List<String> arguments,
                Path logFile, Duration timeout, ProcessStarter starter) throws IOException, InterruptedException {
            Path training = directory.resolve("training.partial-" + ProcessHandle.current().pid());
            deleteRecursively(training);
            Files.createDirectories(training);
            Path output = training.resolve(cacheFile().getFileName());
            List<String> command = new ArrayList<>();
            command.add(java().toString());
            command.addAll(splitOptions(jvmOptions));
            command.addAll(List.of("-XX:AOTCacheOutput=" + output, QUIET_AOT_LOG, EXIT_AFTER_REFRESH, "-jar",
                    extractedJar().toString()));
            command.addAll(arguments);
            try {
                int exit = run(command, environment, logFile, timeout, starter,
                        "AOT training run of " + jar.getFileName());
                if (exit == Integer.MIN_VALUE) {
                    return Optional.of("the training run took longer than " + timeout.toSeconds() + " s");
                }
                if (exit != 0) {
                    return Optional.of("the training run failed (exit code " + exit + ")");
                }
                if (!Files.isRegularFile(output) || Files.size(output) == 0) {
                    return Optional.of("the training run left no cache");
                }
                try {
                    Files.move(output, cacheFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(output, cacheFile(), StandardCopyOption.REPLACE_EXISTING);
                }
                return Optional.empty();
            } finally {
                deleteRecursively(training);
            }
        }

        /**
         * Runs {@code command} in exactly {@code environment}, its output appended to {@code logFile} under a banner;
         * the exit code, or
         * {@link Integer#MIN_VALUE} if it was stopped after {@code timeout}.
         */
        private static int run(List<String> command, Map<String, String> environment, Path logFile,
                Duration timeout, ProcessStarter starter, String what) throws IOException, InterruptedException {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.writeString(logFile, "%n==== %s at %s ====%n".formatted(what, Instant.now()),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = starter.start(builder);
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    return Integer.MIN_VALUE;
                }
                return process.exitValue();
            } finally {
                // A training run stopped half-way (timeout, Ctrl-C) leaves no assembly child behind.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                if (process.isAlive()) {
                    process.destroyForcibly();
                }
            }
        }

        @Override
        public String toString() {
            return directory.toString();
        }
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            return children.toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void deleteRecursively(Path path) {
        Directories.deleteRecursively(path);
    }
}
