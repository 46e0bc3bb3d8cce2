package io.learnpath.content.curriculum;

import io.learnpath.content.curriculum.files.CurriculumFiles;
import io.learnpath.content.editing.CurriculumFolder;
import java.util.Map;

/**
 * The tests' own small, valid curriculum, {@code src/test/resources/test-curriculum/}: roadmap {@code web} (basic:
 * {@code http} with sub-topic {@code dns}; intermediate: {@code caching}) and project {@code tiny-cache}. The
 * service under test imports it at start-up; unit tests bend a line of it and check what the rules make of it.
 */
public final class SampleCurriculum {

    public static final String ROADMAP_ID = "3f1e6a52-9d0b-4c8e-b1a7-5e2d4c6f8a90";
    public static final String HTTP_ID = "0b8f4c2e-6a1d-4e3b-9f7c-2d5a8e1b4c60";
    public static final String DNS_ID = "5c2a7e9b-1f4d-4a6c-8e3b-7d9f1a2c5e40";
    public static final String CACHING_ID = "9e4d1b7a-3c6f-4d2e-a5b8-1f7c3e9a6d20";
    public static final String PROJECT_ID = "2a6c9f1d-7b3e-4f5a-8c1d-6e2b9a4f7c30";

    private SampleCurriculum() {
    }

    public static Curriculum curriculum() {
        return CurriculumFiles.read(files());
    }

    public static Map<String, String> files() {
        return CurriculumFolder.read("classpath:test-curriculum/");
    }
}
