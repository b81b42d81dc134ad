package dev.nicepick.verdicts.api;

import dev.nicepick.verdicts.keeper.StoredVerdict;
import dev.nicepick.verdicts.keeper.TopicInputs;
import dev.nicepick.verdicts.keeper.VerdictRevisions;
import dev.nicepick.web.slug.CanonicalSlugs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping(path = "/api/verdicts", produces = "application/json")
@Tag(name = "Verdicts", description = "Each topic's verdict, how it was computed, and its history")
class VerdictController {

    private final VerdictRevisions revisions;
    private final TopicInputs topics;

    VerdictController(VerdictRevisions revisions, TopicInputs topics) {
        this.revisions = revisions;
        this.topics = topics;
    }

    @GetMapping("/{slug}")
    @Operation(operationId = "getVerdict", summary = "The current verdict, with the inputs that produced it",
            description = "`inputs` hold everything the verdict model (v2, docs/verdict-model.md) used, so anyone can recompute "
                    + "it; `outcome` says whether it names a winner, is too close to call or says use both; `headline` says what "
                    + "its numbers are; `bottomLine` is shown verbatim.")
    StoredVerdict current(@PathVariable String slug) {
        return revisions.currentBySlug(slug).orElseThrow(() -> notFoundOrMoved(slug));
    }

    @GetMapping("/{slug}/history")
    @Operation(operationId = "getVerdictHistory", summary = "Every revision, newest first",
            description = "A revision is kept only when readers would see a difference.")
    Map<String, List<StoredVerdict>> history(@PathVariable String slug) {
        List<StoredVerdict> history = revisions.history(slug);
        if (history.isEmpty()) {
            throw notFoundOrMoved(slug);
        }
        return Map.of("items", history);
    }

    /** A variant of a known topic's slug (case, order of options) is redirected to the canonical one. */
    private RuntimeException notFoundOrMoved(String slug) {
        return CanonicalSlugs.notFoundOrMoved("verdict for topic", slug, topics::canonicalSlug);
    }
}
