package dev.nicepick.feedback.intake;

import dev.nicepick.feedback.FeedbackSettings;
import dev.nicepick.web.problem.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What such a site needs against spam and floods, before anything is stored: a honeypot field, a cap on
 * links, and limits per reader and per network address (counted from what was accepted in the last minute,
 * so they hold across replicas). Control characters never get this far: web-support refuses them while
 * reading the body.
 */
@Component
class AbuseGuard {

    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");

    private final JdbcClient jdbc;
    private final FeedbackSettings settings;

    AbuseGuard(JdbcClient jdbc, FeedbackSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    void check(FeedbackRequest request, String reader, String address) {
        if (request.website() != null && !request.website().isEmpty()) {
            throw Problems.invalid("website", "Honeypot", "must be empty");
        }
        if (request.comment() != null) {
            Matcher links = LINK.matcher(request.comment());
            int count = 0;
            while (links.find()) {
                count++;
            }
            if (count > settings.maxLinks()) {
                throw Problems.invalid("comment", "MaxLinks", "may contain at most " + settings.maxLinks() + " links");
            }
        }
        // both counts in one round trip
        Recent recent = jdbc.sql("""
                        select (select count(*) from feedback where reader = :reader and created_at > now() - interval '1 minute') as reader,
                               (select count(*) from feedback where client_address = :address and created_at > now() - interval '1 minute') as address""")
                .param("reader", reader).param("address", address)
                .query((rs, n) -> new Recent(rs.getLong("reader"), rs.getLong("address"))).single();
        if (recent.byReader() >= settings.perReaderPerMinute()) {
            throw Problems.tooManyRequests("At most " + settings.perReaderPerMinute() + " feedback per reader per minute.", 60);
        }
        if (recent.byAddress() >= settings.perAddressPerMinute()) {
            throw Problems.tooManyRequests("At most " + settings.perAddressPerMinute() + " feedback per network address per minute.", 60);
        }
    }

    /** Feedback accepted in the last minute from the reader and from the network address. */
    private record Recent(long byReader, long byAddress) {
    }
}
