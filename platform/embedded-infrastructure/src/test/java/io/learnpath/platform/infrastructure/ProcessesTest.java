package io.learnpath.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessesTest {

    @Test
    void aProcessThatHonoursSigtermExitsOnIt() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();

        Processes.stop(sleeper, Duration.ofSeconds(10));

        assertThat(sleeper.isAlive()).isFalse();
        assertThat(sleeper.exitValue()).as("ended by SIGTERM (128 + 15)").isEqualTo(143);
    }

    @Test
    void aProcessThatIgnoresSigtermIsKilledAfterItsGrace() throws Exception {
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; echo ready; while :; do sleep 0.1; done").start();
        assertThat(stubborn.inputReader().readLine()).isEqualTo("ready");

        Processes.stop(stubborn, Duration.ofMillis(300));

        assertThat(stubborn.isAlive()).isFalse();
        assertThat(stubborn.exitValue()).as("ended by SIGKILL (128 + 9)").isEqualTo(137);
    }
}
