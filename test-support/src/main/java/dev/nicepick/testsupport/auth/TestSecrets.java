package dev.nicepick.testsupport.auth;

import dev.nicepick.tokens.LocalTokenSettings;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets every service and the gateway get under test: random, made once per JVM and never written down,
 * so no test depends on a secret that could also open a real deployment. Each is 43 URL-safe Base64
 * characters (32 random bytes), above the 32-byte minimum the services and the gateway demand.
 */
public final class TestSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LOCAL_SECRET = random();
    private static final String GATEWAY_CREDENTIAL = random();
    private static final String READER_COOKIE_SECRET = random();

    /** Signs and checks bearer tokens in the {@code local} profile ({@value LocalTokenSettings#PROPERTY}). */
    public static String localSecret() {
        return LOCAL_SECRET;
    }

    /** What the gateway shows the services in {@code X-Gateway-Credential} ({@code nicepick.gateway-credential}). */
    public static String gatewayCredential() {
        return GATEWAY_CREDENTIAL;
    }

    /** The gateway's key for signing the reader cookie ({@code NICEPICK_READER_COOKIE_SECRET}). */
    public static String readerCookieSecret() {
        return READER_COOKIE_SECRET;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private TestSecrets() {
    }
}
