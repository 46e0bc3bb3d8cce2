package io.learnpath.progress.export;

import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.databind.SequenceWriter;

/**
 * Writes an export as one CSV table (RFC 4180: CRLF, header row, quoting by Jackson's CSV writer), so that it opens
 * in any spreadsheet: the first column, {@code section}, names the section of each row; the other columns are every
 * section's fields in the sections' order, a field several sections share (the topic's) being one column. A row
 * leaves the columns of other sections empty. Values are written as the JSON export writes them (times in
 * ISO-8601), nested values as JSON text.
 *
 * <p>A text cell that a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return: a note is free text, and a note starting "=HYPERLINK(...)" would otherwise
 * become a live link in the learner's own spreadsheet) is written with a leading apostrophe, as OWASP's CSV
 * injection guidance advises. The JSON export is the exact copy; the CSV is for reading in a spreadsheet.
 */
@Component
class ExportCsv {

    static final String SECTION = "section";

    private final JsonMapper json;
    private final CsvMapper csv = CsvMapper.builder().build();

    ExportCsv(JsonMapper json) {
        this.json = json;
    }

    String write(LearnerExport export, List<LearnerDataSection<?>> sections) {
        List<String> columns = columns(sections);
        CsvSchema.Builder schema = CsvSchema.builder().setLineSeparator("\r\n").setUseHeader(true);
        columns.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try (SequenceWriter rows = csv.writer(schema.build()).writeValues(out)) {
            for (Map.Entry<String, List<? extends Record>> section : export.sections().entrySet()) {
                for (Record row : section.getValue()) {
                    rows.write(cells(section.getKey(), json.valueToTree(row), columns));
                }
            }
        }
        return out.toString();
    }

    private static List<String> columns(List<LearnerDataSection<?>> sections) {
        Set<String> columns = new LinkedHashSet<>();
        columns.add(SECTION);
        for (LearnerDataSection<?> section : sections) {
            for (RecordComponent component : section.rowType().getRecordComponents()) {
                columns.add(component.getName());
            }
        }
        return List.copyOf(columns);
    }

    private static List<String> cells(String section, ObjectNode row, List<String> columns) {
        List<String> cells = new ArrayList<>(columns.size());
        cells.add(section);
        for (String column : columns.subList(1, columns.size())) {
            JsonNode value = row.get(column);
            cells.add(value == null || value.isNull() ? ""
                    : value.isString() ? inert(value.asString())
                    : value.isValueNode() ? value.asString() : value.toString());
        }
        return cells;
    }

    /** The text, prefixed with an apostrophe when a spreadsheet would take it for a formula. */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
