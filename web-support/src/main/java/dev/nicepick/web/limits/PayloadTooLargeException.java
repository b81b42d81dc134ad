package dev.nicepick.web.limits;

import java.io.IOException;

/** Thrown while reading a body that turns out larger than the limit (no Content-Length told us before). */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("Request body is larger than " + limit + " bytes");
    }
}
