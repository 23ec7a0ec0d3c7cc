package dev.ladder.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code login} is the handle or the email. */
public record LoginRequest(@NotBlank @Size(max = 254) String login, @NotBlank @Size(max = 128) String password) {
}
