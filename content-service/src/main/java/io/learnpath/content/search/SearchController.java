package io.learnpath.content.search;

import io.learnpath.platform.paging.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/content/search")
@Tag(name = "Search", description = "Full-text search across topics, resources and project ideas.")
class SearchController {

    private final CurriculumSearch search;

    SearchController(CurriculumSearch search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Search the curriculum",
            description = "Ranked by relevance (titles weigh most, then summaries, then bodies), with snippets whose "
                    + "matches are wrapped in <mark>. Misspelt words are corrected to the closest word in the "
                    + "curriculum; searchedFor says what was run. Supports \"quoted phrases\", or, and -exclusions.")
    SearchResults search(
            @RequestParam @NotBlank @Size(max = 200) @Parameter(description = "What to look for",
                    example = "kubernetes pods") String q,
            @Valid PageQuery page) {
        return search.search(q.strip(), page);
    }
}
