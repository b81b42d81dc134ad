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
    /** Spring Security's authority for a role is this prefix and the role ({@code hasRole(role)} checks it). */
    public static final String AUTHORITY_PREFIX = "ROLE_";
    /** {@code iss} of locally signed tokens. */
    public static final String LOCAL_ISSUER = "nicepick-local";

    /** The authority a token holding {@code role} has, e.g. {@code ROLE_editor}. */
    public static String authority(String role) {
        return AUTHORITY_PREFIX + role;
    }

    private Roles() {
    }
}
