package io.learnpath.platform.outage;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.RedisConnectionFailureException;

class OutageLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(OutageLogTest.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final OutageLog outage = OutageLog.ofRedis(logger, "read-cache", "Redis (the read cache)",
            "reads come from the database", Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC),
            meters);

    @BeforeEach
    void captureLines() {
        logger.setLevel(Level.DEBUG);
        lines.start();
        logger.addAppender(lines);
    }

    @Test
    void anOutageIsOneWarningWhenItStartsAndOneInfoWhenItEnds() {
        for (int failure = 0; failure < 50; failure++) {
            outage.failed(new RedisConnectionFailureException("Unable to connect to 127.0.0.1:16379"));
        }
        assertThat(gauge()).isEqualTo(1);
        outage.succeeded();
        outage.succeeded();

        assertThat(lines.list).filteredOn(line -> line.getLevel() == Level.WARN).singleElement()
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("Redis (the read cache) is unavailable (Unable to connect to 127.0.0.1:16379): reads "
                        + "come from the database until it is back");
        assertThat(lines.list).filteredOn(line -> line.getLevel() == Level.DEBUG).hasSize(49);
        assertThat(lines.list).filteredOn(line -> line.getLevel() == Level.INFO).singleElement()
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("Redis (the read cache) is available again after 0.0 s");
        assertThat(gauge()).isZero();
    }

    @Test
    void successesWithoutAnOutageSayNothing() {
        outage.succeeded();

        assertThat(lines.list).isEmpty();
        assertThat(outage.isDown()).isFalse();
    }

    @Test
    void aSecondOutageIsToldAgain() {
        outage.failed(new RedisConnectionFailureException("first"));
        outage.succeeded();
        outage.failed(new RedisConnectionFailureException("second"));

        assertThat(lines.list).filteredOn(line -> line.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .hasSize(2).last().asString().contains("(second)");
        assertThat(outage.isDown()).isTrue();
    }

    private double gauge() {
        return meters.get("learnpath.redis.down").tag("use", "read-cache").gauge().value();
    }
}
