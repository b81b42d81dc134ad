package dev.nicepick.topics.technology;

import dev.nicepick.web.redirect.PermanentRedirect;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

@RestController
@RequestMapping(path = "/api/technologies", produces = "application/json")
@Tag(name = "Technologies", description = "Every option and related technology of the public comparisons, with where it appears")
class TechnologyController {

    /** As long as a topic's own answer: a page lists picks that change with verdicts. */
    private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();

    private final TechnologyDirectory directory;

    TechnologyController(TechnologyDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(operationId = "listTechnologies", summary = "Technologies by display name, each with how many public comparisons mention it",
            description = "Pages count from 0.")
    ResponseEntity<TechnologyPage> list(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                        @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return ResponseEntity.ok().cacheControl(PUBLIC).body(directory.list(page, size));
    }

    @GetMapping("/{key}")
    @Operation(operationId = "getTechnology", summary = "One technology: its display name, kind, the public comparisons "
            + "that mention it (with each one's pick) and related technologies",
            description = "Only published and archived comparisons count; a key that only drafts name is not found.")
    @ApiResponse(responseCode = "200", description = "The technology")
    @ApiResponse(responseCode = "301", description = "The key in another case (`JVM`) when its lower-case form names a technology, "
            + "or the path ended with a slash: repeat at `Location`.")
    @ApiResponse(responseCode = "404", description = "No public comparison names this key")
    ResponseEntity<Technology> get(@PathVariable String key, HttpServletRequest request, HttpServletResponse response) {
        // keys are lower case; a variant in another case is moved there, as a comparison's slug variants are
        String canonical = key.toLowerCase(Locale.ROOT);
        if (!canonical.equals(key) && directory.exists(canonical)) {
            PermanentRedirect.send(request, response, "/api/technologies/" + UriUtils.encodePathSegment(canonical, StandardCharsets.UTF_8));
            return null;
        }
        return ResponseEntity.ok().cacheControl(PUBLIC).body(directory.get(key));
    }
}
