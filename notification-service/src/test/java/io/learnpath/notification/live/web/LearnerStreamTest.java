package io.learnpath.notification.live.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.notification.inbox.UnreadCount;
import io.learnpath.notification.live.LiveNotification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Which thread writes what, and how many writes a notice takes: a stream over an emitter that records its sends. */
class LearnerStreamTest {

    private final RecordingEmitter emitter = new RecordingEmitter();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final LearnerStream stream = new LearnerStream(UUID.randomUUID(), emitter, delivered::add, 16);

    @AfterEach
    void close() {
        stream.close();
    }

    @Test
    void the_greeting_is_written_by_the_thread_that_opens_the_stream() {
        stream.greet();

        assertThat(emitter.writes).singleElement().satisfies(write -> {
            assertThat(write.thread()).isSameAs(Thread.currentThread());
            assertThat(write.text()).isEqualTo(":connected\n\n");
        });
    }

    @Test
    void a_notice_and_the_unread_count_after_it_go_out_in_one_write() {
        UUID id = UUID.randomUUID();
        stream.push(new LiveNotification(id, Map.of("kind", "TOPIC_COMPLETED")), () -> new UnreadCount(3));

        await().atMost(Duration.ofSeconds(5)).until(() -> !emitter.writes.isEmpty());
        assertThat(emitter.writes).singleElement().satisfies(write -> {
            assertThat(write.thread().isVirtual()).as("written by the stream's worker").isTrue();
            assertThat(write.text()).startsWith("event:notification\nid:" + id + "\ndata:")
                    .contains("\n\nevent:unread-count\ndata:").endsWith("\n\n");
        });
        assertThat(delivered).containsExactly("UNKNOWN");
    }

    @Test
    void a_notice_already_sent_is_not_sent_again_but_its_count_is() {
        LiveNotification notice = new LiveNotification(UUID.randomUUID(), Map.of());
        stream.push(notice, () -> new UnreadCount(1));
        stream.push(notice, () -> new UnreadCount(1));

        await().atMost(Duration.ofSeconds(5)).until(() -> emitter.writes.size() == 2);
        assertThat(emitter.writes.get(0).text()).contains("event:notification").contains("event:unread-count");
        assertThat(emitter.writes.get(1).text()).doesNotContain("event:notification").contains("event:unread-count");
        assertThat(delivered).hasSize(1);
    }

    /** Each send, of one event or several, as the text it would write (objects by their toString) and its thread. */
    private static final class RecordingEmitter extends SseEmitter {

        private final List<Write> writes = new CopyOnWriteArrayList<>();

        @Override
        public void send(SseEventBuilder event) {
            send(event.build());
        }

        @Override
        public void send(Set<DataWithMediaType> items) {
            writes.add(new Write(Thread.currentThread(),
                    items.stream().map(item -> String.valueOf(item.getData())).collect(Collectors.joining())));
        }
    }

    private record Write(Thread thread, String text) {
    }
}
