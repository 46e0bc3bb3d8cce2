package io.learnpath.progress.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The learner's export: everything about the caller, in JSON and in CSV, and nothing about anyone else. */
class LearnerExportIntegrationTest extends ProgressIntegrationTest {

    private static final String EXPORT = "/api/progress/export";
    private static final String AWKWARD_NOTE = "Status codes, \"the\" short list:\n- 200, 404\r\n- 500; done";

    private final UUID http1 = UUID.randomUUID();
    private final UUID dns = UUID.randomUUID();
    private final UUID ada = UUID.randomUUID();
    private String web;
    private String foundations;

    @BeforeEach
    void adaHasStatusesOnASharedTopicAndNotes() {
        web = uniqueSlug("web");
        foundations = uniqueSlug("foundations");
        publishAndAwait(roadmap(UUID.randomUUID(), web, "Web, the basics", 1,
                topic(http1, "http-" + web, "BASIC", 0), topic(dns, "dns-" + web, "BASIC", 1)));
        publishAndAwait(roadmap(UUID.randomUUID(), foundations, "Foundations", 1,
                topic(http1, "http-" + web, "BASIC", 0)));
        assertThat(setStatus(ada, web, "http-" + web, "DONE").status()).isEqualTo(200);
        assertThat(setStatus(ada, web, "dns-" + web, "IN_PROGRESS").status()).isEqualTo(200);
        assertThat(saveNote(ada, "http-" + web, AWKWARD_NOTE).status()).isEqualTo(200);
    }

    @Test
    void theJsonExportHoldsEveryStatusUnderEachRoadmapListingItAndEveryNoteWhole() {
        TestResponse answer = http.get(EXPORT, TOKENS.learner(ada));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.header("Cache-Control")).contains("no-store");
        JsonNode export = answer.json();
        assertThat(export.get("learnerId").asString()).isEqualTo(ada.toString());
        assertThat(export.get("sections").propertyNames()).startsWith("statuses", "notes");
        assertThat(export.get("sections").get("statuses").valueStream()
                .map(row -> row.get("roadmapSlug").asString() + "/" + row.get("topicSlug").asString() + "="
                        + row.get("status").asString()))
                .containsExactlyInAnyOrder(web + "/http-" + web + "=DONE", foundations + "/http-" + web + "=DONE",
                        web + "/dns-" + web + "=IN_PROGRESS");
        JsonNode note = export.get("sections").get("notes").get(0);
        assertThat(note.get("topicId").asString()).isEqualTo(http1.toString());
        assertThat(note.get("topicTitle").asString()).isEqualTo("Title of http-" + web);
        assertThat(note.get("body").asString()).isEqualTo(AWKWARD_NOTE);
        assertThat(http.request(EXPORT + "?format=json").token(TOKENS.learner(ada)).header("Accept", "text/csv")
                .get().contentType()).as("the parameter wins").startsWith("application/json");
    }

    @Test
    void theCsvExportIsOneTableWithAKindColumnAndQuotesCommasQuotesAndLineBreaks() {
        TestResponse byAccept = http.request(EXPORT).token(TOKENS.learner(ada)).header("Accept", "text/csv").get();
        TestResponse byParameter = http.get(EXPORT + "?format=csv", TOKENS.learner(ada));

        assertThat(byAccept.status()).as(byAccept.toString()).isEqualTo(200);
        assertThat(byAccept.contentType()).startsWith("text/csv");
        assertThat(byAccept.header("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(byParameter.contentType()).startsWith("text/csv");
        assertThat(byParameter.body()).isEqualTo(byAccept.body());
        String csv = byAccept.body();
        assertThat(csv).startsWith("section,topicId,topicSlug,topicTitle,roadmapSlug,roadmapTitle,status,updatedAt,"
                + "body,createdAt,");
        assertThat(csv).contains("\"Web, the basics\"")
                .contains("\"Status codes, \"\"the\"\" short list:\n- 200, 404\r\n- 500; done\"");

        List<Map<String, String>> rows = readCsv(csv).stream()
                .filter(row -> List.of("statuses", "notes").contains(row.get("section"))).toList();
        assertThat(rows).extracting(row -> row.get("section")).containsExactly("statuses", "statuses", "statuses",
                "notes");
        assertThat(rows).filteredOn(row -> row.get("section").equals("statuses"))
                .extracting(row -> row.get("roadmapTitle") + "/" + row.get("topicSlug") + "=" + row.get("status"))
                .containsExactlyInAnyOrder("Web, the basics/http-" + web + "=DONE",
                        "Foundations/http-" + web + "=DONE", "Web, the basics/dns-" + web + "=IN_PROGRESS");
        Map<String, String> note = rows.getLast();
        assertThat(note.get("body")).as("read back exactly").isEqualTo(AWKWARD_NOTE);
        assertThat(note.get("topicId")).isEqualTo(http1.toString());
        assertThat(note.get("status")).isEmpty();
    }

    @Test
    void theExportAlsoHoldsTheActivityLogMilestonesFollowsAndResets() {
        TestResponse reset = http.request("/api/progress/roadmaps/" + web + "/reset").token(TOKENS.learner(ada))
                .post();
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);

        JsonNode sections = http.get(EXPORT, TOKENS.learner(ada)).json().get("sections");

        assertThat(sections.propertyNames()).contains("activity", "milestones", "follows", "resets");
        // Two changes, then the reset's two moves back to NOT_STARTED, oldest first.
        assertThat(sections.get("activity").valueStream().map(row -> row.get("topicSlug").asString() + "="
                + row.get("status").asString()))
                .startsWith("http-" + web + "=DONE", "dns-" + web + "=IN_PROGRESS")
                .containsExactlyInAnyOrder("http-" + web + "=DONE", "dns-" + web + "=IN_PROGRESS",
                        "dns-" + web + "=NOT_STARTED", "http-" + web + "=NOT_STARTED");
        assertThat(sections.get("milestones").valueStream().map(row -> row.get("milestone").asString()))
                .contains("first-topic-done");
        assertThat(sections.get("follows").valueStream().map(row -> row.get("roadmapSlug").asString()))
                .containsExactly(web);
        assertThat(sections.get("resets").get(0).get("roadmapSlug").asString()).isEqualTo(web);
        assertThat(sections.get("resets").get(0).get("resetTopics").asInt()).isEqualTo(2);
    }

    @Test
    void aCsvCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        String formula = "=HYPERLINK(\"https://attacker.example\",\"open\")";
        assertThat(saveNote(ada, "dns-" + web, formula).status()).isEqualTo(200);

        List<Map<String, String>> notes = readCsv(http.get(EXPORT + "?format=csv", TOKENS.learner(ada)).body())
                .stream().filter(row -> row.get("section").equals("notes")).toList();

        assertThat(notes).extracting(row -> row.get("body")).contains("'" + formula, AWKWARD_NOTE);
        assertThat(http.get(EXPORT, TOKENS.learner(ada)).json().get("sections").get("notes").valueStream()
                .map(note -> note.get("body").asString())).as("the JSON export is exact").contains(formula);
    }

    @Test
    void anotherLearnersExportHoldsNothingOfYours() {
        UUID grace = UUID.randomUUID();
        assertThat(setStatus(grace, web, "dns-" + web, "SKIPPED").status()).isEqualTo(200);

        JsonNode theirs = http.get(EXPORT, TOKENS.learner(grace)).json();
        String theirCsv = http.get(EXPORT + "?format=csv", TOKENS.learner(grace)).body();

        assertThat(theirs.get("learnerId").asString()).isEqualTo(grace.toString());
        assertThat(theirs.get("sections").get("notes").isEmpty()).isTrue();
        assertThat(theirs.get("sections").get("statuses").valueStream().map(row -> row.get("status").asString()))
                .containsExactly("SKIPPED");
        assertThat(readCsv(theirCsv)).filteredOn(row -> row.get("section").equals("statuses"))
                .extracting(row -> row.get("status")).containsExactly("SKIPPED");
        assertThat(theirCsv).doesNotContain("short list");
        assertThat(http.get(EXPORT, null).status()).isEqualTo(401);
    }

    @Test
    void refusesAnUnknownFormatNamingItAndAnAcceptAllowingNeither() {
        TestResponse unknown = http.get(EXPORT + "?format=xml", TOKENS.learner(ada));
        TestResponse unacceptable = http.request(EXPORT).token(TOKENS.learner(ada))
                .header("Accept", "application/xml").get();

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
        assertThat(unacceptable.status()).isEqualTo(406);
    }

    @Test
    void aDeletedAccountsExportIsEmpty() {
        ContractExample.of(UserDeleted.class).with("/eventId", UUID.randomUUID()).with("/userId", ada)
                .publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> http.get(EXPORT, TOKENS.learner(ada)).json().get("sections")
                .valueStream().allMatch(JsonNode::isEmpty));
        assertThat(readCsv(http.get(EXPORT + "?format=csv", TOKENS.learner(ada)).body())).isEmpty();
    }

    private TestResponse saveNote(UUID learner, String topicSlug, String body) {
        return http.request("/api/progress/roadmaps/" + web + "/topics/" + topicSlug + "/note")
                .token(TOKENS.learner(learner)).json(Map.of("body", body)).put();
    }

    /** Reads the CSV back with a CSV parser: what a spreadsheet would see. */
    private static List<Map<String, String>> readCsv(String csv) {
        CsvMapper mapper = CsvMapper.builder().build();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }
}
