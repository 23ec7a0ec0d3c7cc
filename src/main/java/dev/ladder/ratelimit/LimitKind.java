package dev.ladder.ratelimit;

/** What a request is counted as, and whose bucket it is counted in. */
public enum LimitKind {
    /** Login, register and refresh, per client address. */
    AUTH("auth", "Too many sign-in requests from your address"),
    /** Login attempts per login name, from any address. */
    LOGIN("login", "Too many login attempts with this login"),
    /** Writes, per signed-in user. */
    WRITES("writes", "Too many changes from your account"),
    /** Verification codes mailed, per user and per address. */
    VERIFICATION("verification", "Too many verification codes requested"),
    /** Flags raised, per user. */
    FLAGS("flags", "Too many flags from your account"),
    /** Everything else, per client address. */
    READS("reads", "Too many requests from your address");

    final String prefix;
    final String detail;

    LimitKind(String prefix, String detail) {
        this.prefix = prefix;
        this.detail = detail;
    }
}
