package dev.nicepick.events;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;

/**
 * The Kafka header names of the CloudEvents attributes our records carry (the Kafka protocol binding, binary
 * mode: attribute {@code x} travels as header {@code ce_x}). {@link EventCodec} writes and reads them through
 * the SDK; these names are for code that looks at a record without decoding it (the logging context, a
 * dead-letter topic, tests), and they are the wire format other consumers rely on.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** Extension attribute: the request id that caused the event. */
    public static final String CORRELATION_ID = "ce_" + EventCodec.CORRELATION_ID_EXTENSION;
    /** The binding maps {@code datacontenttype} to Kafka's own content-type header. */
    public static final String CONTENT_TYPE = "content-type";

    /** @return the last header of that name as UTF-8 text, or null when the record has none */
    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private CloudEventHeaders() {
    }
}
