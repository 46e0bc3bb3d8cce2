package io.learnpath.content;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.SampleCurriculum;
import io.learnpath.content.editing.DraftWorkspace;
import io.learnpath.platform.test.TestTokens;
import java.util.UUID;

/**
 * Puts the test curriculum back after a test changed it: all test classes share one application context and
 * database, so a test that publishes leaves the sample as it found it (in content; versions move on).
 */
public final class TestCurriculum {

    public static final UUID EDITOR = UUID.fromString("e0000000-0000-4000-8000-000000000001");

    private TestCurriculum() {
    }

    public static String editorToken() {
        return TestTokens.shared().withRoles(EDITOR, "LEARNER", "EDITOR");
    }

    public static String adminToken() {
        return TestTokens.shared().withRoles(UUID.randomUUID(), "LEARNER", "ADMIN");
    }

    public static String learnerToken() {
        return TestTokens.shared().learner(UUID.randomUUID());
    }

    /** Makes the draft the sample again and publishes it if that changes anything. */
    public static void restore(DraftWorkspace draft) {
        Curriculum sample = SampleCurriculum.curriculum();
        draft.replaceWithFiles(sample, "test-reset");
        if (draft.diff().hasChanges()) {
            draft.publish("Back to the test curriculum", "test-reset");
        }
    }
}
