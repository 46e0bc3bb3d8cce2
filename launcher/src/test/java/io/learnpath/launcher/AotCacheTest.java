package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    private static final String OPTIONS = "-Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    @TempDir
    Path temp;

    @Test
    void aJarBuiltAgainWithOtherContentGetsAnotherKeyAndWithTheSameContentTheSameKey() throws IOException {
        Path built = jar(temp.resolve("first/app.jar"), "one");
        Path sameContentLater = jar(temp.resolve("second/app.jar"), "one");
        Files.setLastModifiedTime(sameContentLater, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Path changed = jar(temp.resolve("third/app.jar"), "two");

        String key = AotCache.key(built, OPTIONS, "jdk-a");

        assertThat(AotCache.key(sameContentLater, OPTIONS, "jdk-a")).isEqualTo(key);
        assertThat(AotCache.key(changed, OPTIONS, "jdk-a")).isNotEqualTo(key);
        assertThat(build(AotCache.key(changed, OPTIONS, "jdk-a"))).isNotEqualTo(build(key));
    }

    @Test
    void otherJvmOptionsOrAnotherJdkGetAnotherKeyForTheSameBuild() throws IOException {
        Path jar = jar(temp.resolve("app.jar"), "one");
        String key = AotCache.key(jar, OPTIONS, "jdk-a");

        String otherOptions = AotCache.key(jar, OPTIONS + " -XX:+UseCompactObjectHeaders", "jdk-a");
        String otherJdk = AotCache.key(jar, OPTIONS, "jdk-b");

        assertThat(otherOptions).isNotEqualTo(key);
        assertThat(otherJdk).isNotEqualTo(key).isNotEqualTo(otherOptions);
        assertThat(build(otherOptions)).isEqualTo(build(key));
        assertThat(build(otherJdk)).isEqualTo(build(key));
        assertThat(AotCache.key(jar, "  " + OPTIONS.replace(" ", "   ") + " ", "jdk-a")).isEqualTo(key);
    }

    @Test
    void theCachesOfOlderBuildsAndOfDeadRunsGoThoseOfThisBuildWithOtherOptionsStay() throws Exception {
        AotCache cache = new AotCache(true, temp.resolve("caches"), "jdk-a");
        Path jar = jar(temp.resolve("target/app.jar"), "one");
        Path olderBuild = populated(cache.entry(jar, OPTIONS).directory());
        jar(jar, "two");
        AotCache.Entry current = cache.entry(jar, OPTIONS);
        Path otherOptions = populated(cache.entry(jar, OPTIONS + " -Xss512k").directory());
        Path deadRun = Files.createDirectories(current.directory().resolve("app.partial-" + deadPid()));
        Path runningRun = Files.createDirectories(current.directory().resolve("training.partial-"
                + ProcessHandle.current().pid()));

        List<Path> removed = current.removeStale();

        assertThat(removed).containsExactlyInAnyOrder(olderBuild, deadRun);
        assertThat(olderBuild).doesNotExist();
        assertThat(deadRun).doesNotExist();
        assertThat(otherOptions).isDirectory();
        assertThat(runningRun).isDirectory();
    }

    @Test
    void theCacheOfAnOlderBuildThatARunningProcessUsesStaysUntilItHasExited() throws Exception {
        AotCache cache = new AotCache(true, temp.resolve("caches"), "jdk-a");
        Path jar = jar(temp.resolve("target/app.jar"), "one");
        Path olderBuild = populated(cache.entry(jar, OPTIONS).directory());
        jar(jar, "two");
        AotCache.Entry current = cache.entry(jar, OPTIONS);
        // As a component of a stack started before the rebuild: its command line names the directory.
        Process running = new ProcessBuilder("sh", "-c", "sleep 60", "sh",
                "-XX:AOTCache=" + olderBuild.resolve("app.aot")).start();
        try {
            assertThat(current.removeStale()).isEmpty();
            assertThat(olderBuild).isDirectory();
        } finally {
            running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        assertThat(current.removeStale()).containsExactly(olderBuild);
    }

    @Test
    void aTrainingRunMakesTheCacheTheJvmThenStartsFrom() throws Exception {
        AotCache cache = new AotCache(true, temp.resolve("caches"), AotCache.currentRuntime());
        Path jar = jar(temp.resolve("target/app.jar"), "one");
        AotCache.Entry entry = cache.entry(jar, OPTIONS);
        assertThat(entry.launch()).isEqualTo(AotCache.Launch.plain(jar));
        extractedAsIs(entry, jar);

        Optional<String> failure = entry.train(OPTIONS, System.getenv(), List.of(), temp.resolve("app.log"),
                Duration.ofMinutes(2), ProcessBuilder::start);

        assertThat(failure).isEmpty();
        assertThat(entry.ready()).isTrue();
        AotCache.Launch launch = entry.launch();
        assertThat(launch.fromCache()).isTrue();
        assertThat(launch.jar()).isEqualTo(entry.extractedJar());
        assertThat(launch.jvmOptions()).containsExactly("-XX:AOTCache=" + entry.cacheFile());
        try (var files = Files.list(entry.directory())) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("app", "app.aot");
        }
        // With AOTMode=on the JVM refuses to start unless it can use the cache.
        List<String> command = new ArrayList<>(List.of(AotCache.java().toString()));
        command.addAll(AotCache.splitOptions(OPTIONS));
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-XX:AOTMode=on", "-jar", launch.jar().toString()));
        Process started = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor()).as(output).isZero();
        assertThat(output).contains("trained");
    }

    @Test
    void aTrainingRunThatFailsLeavesNoCacheAndTheJarStartsAsBuilt() throws Exception {
        AotCache cache = new AotCache(true, temp.resolve("caches"), AotCache.currentRuntime());
        Path jar = jar(temp.resolve("target/app.jar"), "one");
        AotCache.Entry entry = cache.entry(jar, OPTIONS);
        extractedAsIs(entry, jar);

        Optional<String> failure = entry.train(OPTIONS, System.getenv(), List.of("fail"), temp.resolve("app.log"),
                Duration.ofMinutes(2), ProcessBuilder::start);

        assertThat(failure).contains("the training run failed (exit code 3)");
        assertThat(entry.ready()).isFalse();
        assertThat(entry.launch()).isEqualTo(AotCache.Launch.plain(jar));
        assertThat(Files.readString(temp.resolve("app.log"))).contains("==== AOT training run of app.jar");
    }

    @Test
    void aJarThatIsNotASpringBootJarCannotBeExtractedAndLeavesNothingBehind() throws Exception {
        AotCache cache = new AotCache(true, temp.resolve("caches"), AotCache.currentRuntime());
        Path jar = jar(temp.resolve("target/app.jar"), "one");
        AotCache.Entry entry = cache.entry(jar, OPTIONS);

        assertThatThrownBy(() -> entry.extract(temp.resolve("app.log"), ProcessBuilder::start))
                .isInstanceOf(IOException.class).hasMessageContaining("extracting app.jar failed");
        try (var files = Files.list(entry.directory())) {
            assertThat(files).isEmpty();
        }
        assertThat(entry.launch()).isEqualTo(AotCache.Launch.plain(jar));
    }

    @Test
    void onByDefaultNextToTheJarASystemPropertyWinsOverTheEnvironment() {
        Path jar = temp.resolve("discovery/target/discovery.jar");
        AotCache byDefault = AotCache.fromSettings(Map.of(), new Properties());
        assertThat(byDefault.enabled()).isTrue();
        assertThat(byDefault.directoryFor(jar)).isEqualTo(temp.resolve("discovery/target/aot-cache"));

        assertThat(AotCache.fromSettings(Map.of("LEARNPATH_AOT_CACHE", " OFF"), new Properties()).enabled()).isFalse();
        Properties on = new Properties();
        on.setProperty("learnpath.aot-cache", "on");
        assertThat(AotCache.fromSettings(Map.of("LEARNPATH_AOT_CACHE", "off"), on).enabled()).isTrue();
        assertThatThrownBy(() -> AotCache.fromSettings(Map.of("LEARNPATH_AOT_CACHE", "yes"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("on or off");

        AotCache elsewhere = AotCache.fromSettings(Map.of("LEARNPATH_AOT_CACHE_DIR", temp.resolve("aot").toString()),
                new Properties());
        assertThat(elsewhere.directoryFor(jar)).isEqualTo(temp.resolve("aot/discovery"));
    }

    @Test
    void trainingRunsGoTwoAtATimeUnlessSetOtherwise() {
        assertThat(Stack.aotTrainingParallelism(Map.of())).isEqualTo(2);
        assertThat(Stack.aotTrainingParallelism(Map.of("LEARNPATH_AOT_TRAINING_PARALLELISM", "6"))).isEqualTo(6);
        assertThatThrownBy(() -> Stack.aotTrainingParallelism(Map.of("LEARNPATH_AOT_TRAINING_PARALLELISM", "0")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String build(String key) {
        return key.split("-")[0];
    }

    /** A jar whose main class is {@link AotCacheTestApp}, with a resource that makes its content differ. */
    private static Path jar(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, AotCacheTestApp.class.getName());
        String classFile = AotCacheTestApp.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest);
                InputStream bytes = AotCacheTestApp.class.getClassLoader().getResourceAsStream(classFile)) {
            jar.putNextEntry(new JarEntry(classFile));
            bytes.transferTo(jar);
            jar.putNextEntry(new JarEntry("content.txt"));
            jar.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** Stands in for Spring Boot's extraction: the jar itself is what the training run and the cache use. */
    private static void extractedAsIs(AotCache.Entry entry, Path jar) throws IOException {
        Files.createDirectories(entry.extractedJar().getParent());
        Files.copy(jar, entry.extractedJar());
    }

    private static Path populated(Path directory) throws IOException {
        Files.createDirectories(directory.resolve("app"));
        Files.writeString(directory.resolve("app.aot"), "cache");
        return directory;
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
