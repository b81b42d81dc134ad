package dev.nicepick.api;

/**
 * The roles a token's {@code roles} claim may hold, and the issuer of tokens signed with the local secret
 * (the {@code local} profile: laptops and tests; {@code bin/mint-token} makes them).
 */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";
    /** The claim that carries them. */
    public static final String CLAIM = "roles";
    /** {@code iss} of locally signed tokens. */
    public static final String LOCAL_ISSUER = "nicepick-local";

    private Roles() {
    }
}
