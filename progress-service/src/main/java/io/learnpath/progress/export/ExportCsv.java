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
 * in any spreadsheet: the first column, {@code kind}, names the section of each row; the other columns are every
 * section's fields in the sections' order, a field several sections share (the topic's) being one column. A row
 * leaves the columns of other sections empty. Values are written as the JSON export writes them (times in
 * ISO-8601), nested values as JSON text.
 */
@Component
class ExportCsv {

    static final String KIND = "kind";

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
        columns.add(KIND);
        for (LearnerDataSection<?> section : sections) {
            for (RecordComponent component : section.rowType().getRecordComponents()) {
                columns.add(component.getName());
            }
        }
        return List.copyOf(columns);
    }

    private static List<String> cells(String kind, ObjectNode row, List<String> columns) {
        List<String> cells = new ArrayList<>(columns.size());
        cells.add(kind);
        for (String column : columns.subList(1, columns.size())) {
            JsonNode value = row.get(column);
            cells.add(value == null || value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString());
        }
        return cells;
    }
}
