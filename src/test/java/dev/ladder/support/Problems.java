package dev.ladder.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;

/** The shape every error response must have (RFC 9457), and nothing a client should never see. */
public final class Problems {
    private Problems() {}

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String typeSlug) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", is("https://ladder.dev/problems/" + typeSlug))
                .body("status", is(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }
}
