package io.learnpath.content.editing.web;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.Roadmap;
import io.learnpath.content.editing.CurriculumArchive;
import io.learnpath.content.publishing.CurriculumPublisher;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Roadmaps")
class ExportController {

    private final CurriculumPublisher published;

    ExportController(CurriculumPublisher published) {
        this.published = published;
    }

    @GetMapping(value = "/api/content/roadmaps/{slug}/export", produces = "application/zip")
    @Operation(summary = "Export a roadmap as files", description = "A zip in the repository's file format: the "
            + "roadmap, every topic it shows and the project ideas that practise them. Importing it into the draft "
            + "(POST /api/content/draft/import) changes nothing.")
    ResponseEntity<byte[]> export(@PathVariable @ValidSlug String slug) {
        Curriculum curriculum = published.published();
        Roadmap roadmap = curriculum.roadmap(slug).orElseThrow(() -> new NotFoundException("roadmap", slug));
        return Archives.attachment(slug + ".zip", CurriculumArchive.zip(CurriculumArchive.roadmapPart(curriculum,
                roadmap)));
    }
}
