package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaAotCacheTest {

    private static final String RUNTIME = "Test JDK 25 /jdk";

    @TempDir
    Path dir;

    @Test
    void theFirstBrokerRecordsAndWhatItRecordedIsUsedOnceItHasStopped() throws IOException {
        String classPath = classPath(jar("launcher.jar", "a"), jar("kafka.jar", "b"));
        KafkaAotCache cache = KafkaAotCache.of(enabled(), classPath, RUNTIME).orElseThrow();

        List<String> recording = cache.jvmOptions();
        assertThat(recording).contains(AotCache.QUIET_AOT_LOG)
                .anyMatch(option -> option.startsWith("-XX:AOTCacheOutput=" + dir.resolve("aot-cache")));
        // What the JVM writes when the broker stops cleanly.
        Files.writeString(Path.of(recording.getLast().substring("-XX:AOTCacheOutput=".length())), "cache");
        cache.brokerStopped();

        assertThat(cache.cache()).hasContent("cache");
        assertThat(cache.jvmOptions()).contains("-XX:AOTCache=" + cache.cache());
    }

    @Test
    void aBrokerThatWroteNothingLeavesTheNextStartRecordingAgain() throws IOException {
        KafkaAotCache cache = KafkaAotCache.of(enabled(), classPath(jar("launcher.jar", "a")), RUNTIME)
                .orElseThrow();
        cache.jvmOptions();

        cache.brokerStopped();

        assertThat(cache.cache()).doesNotExist();
        assertThat(cache.jvmOptions()).anyMatch(option -> option.startsWith("-XX:AOTCacheOutput="));
    }

    @Test
    void aRebuiltJarOrAnotherJdkHasAnotherCacheAndTheOlderOneIsRemovedOnceTheNewOneIsInPlace() throws IOException {
        Path kafka = jar("kafka.jar", "b");
        String classPath = classPath(jar("launcher.jar", "a"), kafka);
        KafkaAotCache before = KafkaAotCache.of(enabled(), classPath, RUNTIME).orElseThrow();
        record(before);

        Files.writeString(kafka, "rebuilt, and longer");
        Files.setLastModifiedTime(kafka, FileTime.fromMillis(Files.getLastModifiedTime(kafka).toMillis() + 5_000));
        KafkaAotCache after = KafkaAotCache.of(enabled(), classPath, RUNTIME).orElseThrow();
        KafkaAotCache otherJdk = KafkaAotCache.of(enabled(), classPath, "Other JDK 25 /other").orElseThrow();

        assertThat(after.cache()).isNotEqualTo(before.cache());
        assertThat(otherJdk.cache()).isNotEqualTo(after.cache());
        record(after);
        assertThat(before.cache()).doesNotExist();
        assertThat(after.cache()).exists();
    }

    @Test
    void noCacheWhenTheCachesAreOffOrTheClassPathHoldsADirectory() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));

        assertThat(KafkaAotCache.of(new AotCache(false, null, RUNTIME), classPath(jar("launcher.jar", "a")),
                RUNTIME)).isEmpty();
        assertThat(KafkaAotCache.of(enabled(), classPath(jar("launcher.jar", "a"), classes), RUNTIME)).isEmpty();
        assertThat(KafkaAotCache.of(enabled(), "", RUNTIME)).isEqualTo(Optional.empty());
    }

    private static void record(KafkaAotCache cache) throws IOException {
        String output = cache.jvmOptions().getLast();
        Files.writeString(Path.of(output.substring("-XX:AOTCacheOutput=".length())), "cache");
        cache.brokerStopped();
    }

    private AotCache enabled() {
        return new AotCache(true, null, RUNTIME);
    }

    private Path jar(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String classPath(Path... entries) {
        return String.join(File.pathSeparator, java.util.Arrays.stream(entries).map(Path::toString).toList());
    }
}
