package dev.nicepick.gateway.reader;

import dev.nicepick.gateway.GatewaySettings;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The anonymous reader's cookie: {@code <random id>.<HMAC-SHA256 of it>}. Only the gateway can make one, so a
 * reader cannot pick another reader's id, and the id alone carries nothing personal.
 */
@Component
public class ReaderCookie {

    private static final Duration LIFETIME = Duration.ofDays(365);
    private final GatewaySettings.ReaderCookie settings;
    private final SecretKeySpec key;

    public ReaderCookie(GatewaySettings settings) {
        this.settings = settings.readerCookie();
        // the settings' validation guarantees a key of at least 32 bytes
        this.key = new SecretKeySpec(this.settings.secret().value().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String name() {
        return settings.name();
    }

    /** The reader id a request's cookie names, when the gateway signed it. */
    public Optional<String> readerOf(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getRequest().getCookies().getFirst(settings.name()))
                .map(HttpCookie::getValue)
                .flatMap(this::readerOf);
    }

    private Optional<String> readerOf(String value) {
        int dot = value.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = value.substring(0, dot);
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, signature(id).getBytes(StandardCharsets.US_ASCII)) ? Optional.of(id) : Optional.empty();
    }

    public ResponseCookie issue(String readerId) {
        return ResponseCookie.from(settings.name(), readerId + "." + signature(readerId))
                .httpOnly(true).secure(settings.secure()).sameSite("Lax").path("/").maxAge(LIFETIME).build();
    }

    public static String newReaderId() {
        return UUID.randomUUID().toString();
    }

    private String signature(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
