package io.learnpath.notification.support;

import io.learnpath.platform.test.http.TestHttp;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * What most integration tests of the service start from: the running service ({@link IntegrationTest}), an HTTP
 * client at it, and a publisher of the other services' events.
 */
@IntegrationTest
public abstract class ServiceTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected Events events;

    protected TestHttp http;

    @BeforeEach
    void connectHttp() {
        http = TestHttp.at(port).withJsonMapper(json);
    }
}
