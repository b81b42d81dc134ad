package dev.nicepick.feedback.intake;

/** How an e-mail address may appear in logs: never whole. */
public final class Emails {

    /** {@code reader@example.com} becomes {@code r*****@example.com}. */
    public static String mask(String email) {
        if (email == null || email.isBlank()) {
            return "none";
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "*****" + email.substring(at);
    }

    private Emails() {
    }
}
