package io.learnpath.content.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.learnpath.content.ContentServiceIntegrationTest;
import io.learnpath.content.curriculum.SampleCurriculum;
import io.learnpath.content.curriculum.files.CurriculumFileException;
import io.learnpath.content.publishing.Release;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Content as code: changed files become a release at start-up, unchanged ones nothing, broken ones an error. */
class CurriculumFileImportIntegrationTest extends ContentServiceIntegrationTest {

    @Autowired
    CurriculumFileImport importer;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void importTheSampleFilesBack() {
        // Files imported here become "the files imported last"; the sample's become it again (the base class then
        // puts the draft back).
        importer.importFiles(SampleCurriculum.files());
    }

    @Test
    void theSameFilesAgainPublishNothing() {
        importer.importFiles(SampleCurriculum.files());
        long releases = releases();

        assertThat(importer.importFiles(SampleCurriculum.files())).isEmpty();
        assertThat(releases()).isEqualTo(releases);
    }

    @Test
    void changedFilesBecomeTheDraftAndANewVersion() {
        Map<String, String> files = new TreeMap<>(SampleCurriculum.files());
        files.put("roadmaps/web.yaml", files.get("roadmaps/web.yaml").replace("title: The Web",
                "title: The Web, Layer by Layer"));

        Release release = importer.importFiles(files).orElseThrow();

        assertThat(release.roadmaps()).singleElement().satisfies(web ->
                assertThat(web.changes().isEmpty()).isTrue());
        assertThat(draft.curriculum().roadmap("web").orElseThrow().title()).isEqualTo("The Web, Layer by Layer");
        assertThat(jdbc.sql("SELECT source FROM curriculum_releases ORDER BY number DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("FILES");
    }

    @Test
    void aBrokenFileIsRefusedNamingTheFileAndFieldAndChangesNothing() {
        long releases = releases();
        Map<String, String> files = new TreeMap<>(SampleCurriculum.files());
        files.put("topics/dns.md", files.get("topics/dns.md").replace("effortHours: 3", "effortHours: 0"));

        assertThatThrownBy(() -> importer.importFiles(files))
                .isInstanceOfSatisfying(CurriculumFileException.class, e -> assertThat(e.problems())
                        .containsExactly("topics/dns.md: effortHours must be between 1 and 200 hours"));
        assertThat(releases()).isEqualTo(releases);
    }

    private long releases() {
        return jdbc.sql("SELECT count(*) FROM curriculum_releases").query(Long.class).single();
    }
}
