package io.learnpath.content.curriculum.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.SampleCurriculum;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The file format's own rules: strict parsing with the file and field named, and a lossless round trip. */
class CurriculumFilesTest {

    @Test
    void aRoundTripThroughFilesChangesNothing() {
        Curriculum curriculum = CurriculumFiles.read(SampleCurriculum.files());

        Curriculum again = CurriculumFiles.read(CurriculumFiles.write(curriculum));

        assertThat(again).isEqualTo(curriculum);
        assertThat(CurriculumFiles.write(again)).isEqualTo(CurriculumFiles.write(curriculum));
    }

    @Test
    void anUnknownFieldIsNamedWithItsFile() {
        Map<String, String> files = new HashMap<>(SampleCurriculum.files());
        files.put("topics/dns.md", files.get("topics/dns.md").replace("summary:", "sumary:"));

        assertThatThrownBy(() -> CurriculumFiles.read(files))
                .isInstanceOfSatisfying(CurriculumFileException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> assertThat(problem).startsWith("topics/dns.md: sumary")));
    }

    @Test
    void aWrongTypeIsNamedWithItsPath() {
        Map<String, String> files = new HashMap<>(SampleCurriculum.files());
        files.put("topics/dns.md", files.get("topics/dns.md").replace("type: official-docs", "type: podcast"));

        assertThatThrownBy(() -> CurriculumFiles.read(files))
                .isInstanceOfSatisfying(CurriculumFileException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> assertThat(problem).startsWith("topics/dns.md: resources[0].type")));
    }

    @Test
    void aFileWhoseNameIsNotItsSlugIsRefused() {
        Map<String, String> files = new HashMap<>(SampleCurriculum.files());
        files.put("topics/domain-names.md", files.remove("topics/dns.md"));

        assertThatThrownBy(() -> CurriculumFiles.read(files))
                .isInstanceOfSatisfying(CurriculumFileException.class, e -> assertThat(e.problems())
                        .contains("topics/domain-names.md: slug 'dns' does not match the file name (expected "
                                + "topics/dns.md)"));
    }

    @Test
    void aFileWithoutFrontMatterIsRefused() {
        Map<String, String> files = new HashMap<>(SampleCurriculum.files());
        files.put("projects/extra.md", "Just some text");

        assertThatThrownBy(() -> CurriculumFiles.read(files))
                .isInstanceOfSatisfying(CurriculumFileException.class, e -> assertThat(e.problems())
                        .contains("projects/extra.md: must start with YAML front matter between two '---' lines"));
    }

    @Test
    void aBrokenRuleIsReportedWithFileAndField() {
        Map<String, String> files = new HashMap<>(SampleCurriculum.files());
        files.put("topics/http.md", files.get("topics/http.md").replace("prerequisites: []",
                "prerequisites: [dns]"));

        assertThatThrownBy(() -> CurriculumFiles.read(files))
                .isInstanceOfSatisfying(CurriculumFileException.class, e -> assertThat(e.problems())
                        .contains("topics/http.md: prerequisites form a cycle: http → dns → http"));
    }
}
