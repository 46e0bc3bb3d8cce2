package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JvmOptionsTest {

    @Test
    void nothingOrDefaultIsTheStartUpFriendlySet() {
        assertThat(ServiceProcess.jvmOptions(null)).isEqualTo(ServiceProcess.DEFAULT_JVM_OPTIONS);
        assertThat(ServiceProcess.jvmOptions(" ")).isEqualTo(ServiceProcess.DEFAULT_JVM_OPTIONS);
        assertThat(ServiceProcess.jvmOptions("default")).isEqualTo(ServiceProcess.DEFAULT_JVM_OPTIONS);
        assertThat(ServiceProcess.DEFAULT_JVM_OPTIONS).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void peakKeepsTheHeapAndCollectorAndLetsTheFullJitRun() {
        String peak = ServiceProcess.jvmOptions("peak");

        assertThat(peak).isEqualTo(ServiceProcess.PEAK_JVM_OPTIONS)
                .doesNotContain("TieredStopAtLevel")
                .contains("-Xmx256m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=128m",
                        "--enable-native-access=ALL-UNNAMED");
    }

    @Test
    void anythingElseIsTakenAsTheOptionsThemselves() {
        assertThat(ServiceProcess.jvmOptions("-Xmx512m -XX:+UseG1GC")).isEqualTo("-Xmx512m -XX:+UseG1GC");
    }
}
