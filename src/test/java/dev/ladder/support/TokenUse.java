package dev.ladder.support;

import com.fasterxml.jackson.databind.JsonNode;

/** What an operation of openapi.yaml says about the access token, by its security requirement. */
public enum TokenUse {
    /** {@code security: []}: the operation signs in with its body and ignores an Authorization header. */
    IGNORED,
    /** {@code security: [{}, {bearerAuth: []}]}: a read that a token personalises. */
    OPTIONAL,
    /** Every requirement names bearerAuth. */
    REQUIRED;

    public static TokenUse of(JsonNode operation) {
        JsonNode requirements = operation.path("security");
        int withToken = 0;
        for (JsonNode requirement : requirements) {
            if (requirement.has("bearerAuth")) {
                withToken++;
            }
        }
        if (withToken == 0) {
            return IGNORED;
        }
        return withToken == requirements.size() ? REQUIRED : OPTIONAL;
    }
}
