package dev.nicepick.web.slug;

import java.util.Arrays;
import java.util.Locale;

/**
 * The lookup key of a comparison's slug: what every spelling of the same comparison has in common. Slugs name
 * their options joined by {@value #SEPARATOR} ({@code rest-vs-grpc}, {@code sqlite-vs-postgresql-vs-mysql}); the
 * key is the slug in lower case with those parts sorted (by character code) and joined again, so
 * {@code REST-VS-GRPC} and {@code grpc-vs-rest} both have the key {@code grpc-vs-rest}. Each service keeps it in
 * an indexed {@code slug_key} column of its topic table (their Flyway migrations backfill existing rows with the
 * same rule in SQL, sorting with {@code collate "C"}).
 */
public final class SlugKey {

    /** What joins the options' names in a slug. */
    public static final String SEPARATOR = "-vs-";

    /**
     * @param slug a slug as a caller sent it, in any case and order of its parts
     * @return its key: lower case ({@link Locale#ROOT}), parts between {@value #SEPARATOR} sorted; a slug without
     *         the separator is just lower-cased
     */
    public static String of(String slug) {
        // limit -1 keeps empty parts, as PostgreSQL's string_to_array does in the backfill
        String[] parts = slug.toLowerCase(Locale.ROOT).split(SEPARATOR, -1);
        Arrays.sort(parts);
        return String.join(SEPARATOR, parts);
    }

    private SlugKey() {
    }
}
