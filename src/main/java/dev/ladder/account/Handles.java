package dev.ladder.account;

/** What a handle may be: the same rule as the users_handle_format check in the database. */
public final class Handles {
    public static final String PATTERN = "^[A-Za-z0-9_-]{3,30}$";
    public static final String MESSAGE = "must be 3 to 30 letters, digits, '_' or '-'";

    private Handles() {}
}
