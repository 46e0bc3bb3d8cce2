package io.learnpath.progress.export.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.learnpath.platform.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void jsonWhenNothingIsAskedForOrAnythingIsAccepted() {
        assertThat(ExportFormat.chosen(null, null)).contains(ExportFormat.JSON);
        assertThat(ExportFormat.chosen(null, "")).contains(ExportFormat.JSON);
        assertThat(ExportFormat.chosen(null, "*/*")).contains(ExportFormat.JSON);
        assertThat(ExportFormat.chosen(null, "text/csv, application/json")).contains(ExportFormat.JSON);
        assertThat(ExportFormat.chosen(null, "not a media type")).contains(ExportFormat.JSON);
    }

    @Test
    void csvWhenAcceptPrefersIt() {
        assertThat(ExportFormat.chosen(null, "text/csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.chosen(null, "text/*")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.chosen(null, "application/json;q=0.5, text/csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.chosen(null, "*/*;q=0.1, text/csv;charset=UTF-8")).contains(ExportFormat.CSV);
    }

    @Test
    void theFormatParameterWinsOverAcceptInAnyCase() {
        assertThat(ExportFormat.chosen("csv", "application/json")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.chosen("CSV", null)).contains(ExportFormat.CSV);
        assertThat(ExportFormat.chosen("json", "text/csv")).contains(ExportFormat.JSON);
    }

    @Test
    void nothingWhenAcceptAllowsNeither() {
        assertThat(ExportFormat.chosen(null, "application/xml")).isEmpty();
        assertThat(ExportFormat.chosen(null, "text/csv;q=0, application/json;q=0")).isEmpty();
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> ExportFormat.chosen("xml", null)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("format")));
    }
}
