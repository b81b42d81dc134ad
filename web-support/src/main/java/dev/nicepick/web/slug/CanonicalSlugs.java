package dev.nicepick.web.slug;

import dev.nicepick.web.problem.Problems;

import java.util.Optional;
import java.util.function.Function;

/** How a service answers a slug it holds no comparison under verbatim. */
public final class CanonicalSlugs {

    /**
     * @param what           what the caller looked for, for the 404 problem's detail (e.g. {@code topic})
     * @param slug           the slug as sent
     * @param canonicalByKey the stored slug whose {@link SlugKey} is the given key, among what this caller may see
     * @return {@link SlugMoved} to throw when the slug is a variant of one the caller may see, otherwise the
     *         404 problem
     */
    public static RuntimeException notFoundOrMoved(String what, String slug,
                                                   Function<String, Optional<String>> canonicalByKey) {
        return canonicalByKey.apply(SlugKey.of(slug))
                .filter(canonical -> !canonical.equals(slug))
                .<RuntimeException>map(SlugMoved::new)
                .orElseGet(() -> Problems.notFound(what, slug));
    }

    private CanonicalSlugs() {
    }
}
