package io.learnpath.content.editing;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.content.ContentServiceIntegrationTest;
import io.learnpath.content.TestCurriculum;
import io.learnpath.content.curriculum.SampleCurriculum;
import io.learnpath.content.curriculum.files.CurriculumFiles;
import io.learnpath.platform.test.http.TestResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A roadmap exported in the repository's file format and imported back changes nothing; an edit shows in the diff. */
class ExportImportIntegrationTest extends ContentServiceIntegrationTest {

    @Test
    void exportsTheRepositoryFormat() {
        Map<String, String> files = CurriculumArchive.unzip(export());

        assertThat(files).isEqualTo(CurriculumFiles.write(SampleCurriculum.curriculum()));
    }

    @Test
    void theRoundTripChangesNothing() {
        TestResponse imported = importArchive(export());

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("hasChanges").asBoolean()).isFalse();
        assertThat(api.request("/api/content/draft/publish").token(TestCurriculum.editorToken())
                .json(Map.of("note", "Round trip")).post().status()).isEqualTo(409);
    }

    @Test
    void anEditedFileShowsInTheDiff() {
        Map<String, String> files = new TreeMap<>(CurriculumArchive.unzip(export()));
        files.put("topics/caching.md", files.get("topics/caching.md").replace("effortHours: 3", "effortHours: 5"));

        JsonNode diff = importArchive(zip(files)).json();

        assertThat(diff.get("hasChanges").asBoolean()).isTrue();
        assertThat(diff.get("topics").get("changed").get(0).get("slug").asString()).isEqualTo("caching");
        assertThat(diff.get("topics").get("changed").get(0).get("fields").get(0).asString()).isEqualTo("effortHours");
    }

    @Test
    void aBrokenFileIsRefusedNamingFileAndField() {
        Map<String, String> files = new TreeMap<>(CurriculumArchive.unzip(export()));
        files.put("topics/caching.md", files.get("topics/caching.md").replace("type: article", "type: podcast"));

        TestResponse response = importArchive(zip(files));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString())
                .isEqualTo("topics/caching.md#resources[1].type");
        assertThat(importArchive("not a zip".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
    }

    private byte[] export() {
        return api.request("/api/content/roadmaps/web/export").download("GET");
    }

    private TestResponse importArchive(byte[] archive) {
        return api.request("/api/content/draft/import").token(TestCurriculum.editorToken())
                .bytes(archive, "application/zip").post();
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
