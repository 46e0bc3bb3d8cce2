package io.learnpath.content;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import io.learnpath.content.editing.DraftWorkspace;
import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.http.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service on a random port over real PostgreSQL, Redis and Kafka, on the test curriculum it imported at start-up
 * ({@code test-curriculum/}). Every subclass shares one application context, so each test leaves the curriculum as
 * it found it: in content, that is; versions move on.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@RealInfrastructure
public abstract class ContentServiceIntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected DraftWorkspace draft;

    protected TestHttp api;

    @BeforeEach
    void connect() {
        api = TestHttp.at(port);
    }

    @AfterEach
    void restoreTheTestCurriculum() {
        TestCurriculum.restore(draft);
    }
}
