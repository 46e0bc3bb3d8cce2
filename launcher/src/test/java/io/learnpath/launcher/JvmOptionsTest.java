package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JvmOptionsTest {

    @Test
    void nothingOrDefaultIsTheStartUpFriendlySet() {
        assertThat(ServiceProcess.jvmOptions(null)).isEqualTo(ServiceProcess.DEFAULT_JVM_OPTIONS);
        assertThat(ServiceProcess.jvmOptions(" ")).isEqualTo(ServiceProcess.DEFAULT_JVM_OPTIONS);
        assertThat(ServiceProcess.jvmOptions("default")).isEqualTo(ServiceProcess.DEFAULT_JVM_OPTIONS);
        assertThat(ServiceProcess.DEFAULT_JVM_OPTIONS).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void peakKeepsTheHeapLetsTheFullJitRunAndCollectsInParallel() {
        String peak = ServiceProcess.jvmOptions("peak");

        assertThat(peak).isEqualTo(ServiceProcess.PEAK_JVM_OPTIONS)
                .doesNotContain("TieredStopAtLevel", "-XX:+UseSerialGC")
                .contains("-Xmx256m", "-XX:+UseParallelGC", "-XX:ReservedCodeCacheSize=128m",
                        "--enable-native-access=ALL-UNNAMED");
    }

    @Test
    void bothKeepTheCollectorFromFullCollectionsForMetaspaceAndCodeTheServicesKeep() {
        for (String options : List.of(ServiceProcess.DEFAULT_JVM_OPTIONS, ServiceProcess.PEAK_JVM_OPTIONS)) {
            assertThat(options).contains("-XX:MetaspaceSize=128m", "-XX:SweeperThreshold=50");
        }
    }

    /** A JVM refuses to start on an option it does not know, so a JDK that drops one fails here, not in `up`. */
    @ParameterizedTest
    @ValueSource(strings = {"default", "peak"})
    void thisJdkAcceptsThePreset(String preset) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(ServiceProcess.jvmOptions(preset).split("\\s+")));
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());

        assertThat(java.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(output).isZero();
    }

    @Test
    void anythingElseIsTakenAsTheOptionsThemselves() {
        assertThat(ServiceProcess.jvmOptions("-Xmx512m -XX:+UseG1GC")).isEqualTo("-Xmx512m -XX:+UseG1GC");
    }
}
