package io.learnpath.progress.export;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.progress.export.web.ExportFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The learner's own data, all of it, for download; the learner is always the token's subject. */
@RestController
@Tag(name = "Export", description = "Everything the progress-service holds about you")
class ExportController {

    private final LearnerDataExport export;
    private final ExportCsv csv;

    ExportController(LearnerDataExport export, ExportCsv csv) {
        this.export = export;
        this.csv = csv;
    }

    @Operation(summary = "Export your data", description = "Your statuses (one row per roadmap that lists the topic), "
            + "notes and whatever else this service keeps about you, as JSON (default) or as one CSV table whose "
            + "section column names each row's section: choose with Accept: text/csv or ?format=csv.")
    @ApiResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = LearnerExport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "A format other than json or csv")
    @ApiResponse(responseCode = "406", description = "Accept allows neither JSON nor CSV")
    @GetMapping("/api/progress/export")
    ResponseEntity<?> export(AuthenticatedLearner learner,
            @RequestParam(required = false) @Parameter(description = "json or csv; wins over Accept") String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        ExportFormat chosen = ExportFormat.chosen(format, accept).orElseThrow(() ->
                new HttpMediaTypeNotAcceptableException(List.of(ExportFormat.JSON.mediaType(),
                        ExportFormat.CSV.mediaType())));
        LearnerExport data = export.of(learner.id());
        // Personal data: no shared cache may keep it.
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(chosen.mediaType());
        if (chosen == ExportFormat.JSON) {
            return answer.body(data);
        }
        return answer.header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("learnpath-progress.csv").build().toString())
                .body(csv.write(data, export.sections()));
    }
}
