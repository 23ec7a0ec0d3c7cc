package dev.ladder.common.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read as openapi.yaml types them: a field of the wrong JSON type is a 400
 * rather than coerced ({@code "body": 1.5} is not the text "1.5", {@code "anonymous": 1} is not
 * true, {@code "value": 1.0} is not 1, {@code "value": "1"} is not 1, {@code "endDate": ""} is not
 * a missing month, {@code "reason": 3} is not the fourth reason), and a document with anything after its end ({@code {}}}) is malformed.
 * Jackson's defaults accept all of these: a client could rely on what no other implementation accepts.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper json) {
        json.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        json.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        json.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            json.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        for (CoercionInputShape scalar : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
            json.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        json.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // A month is "YYYY-MM": an empty string is not one, nor the absence of one.
        json.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // An id is a UUID: an empty one ("duplicateOf": "") is not the absence of one.
        json.coercionConfigFor(java.util.UUID.class).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
