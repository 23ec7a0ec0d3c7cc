package dev.ladder.common.http;

import dev.ladder.common.error.ApiException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * Ids in paths and queries are UUIDs: one that is not gets a 400 that names its parameter
 * ({@code errors: [{field: "id"}]}). JAX-RS's own conversion fails without the name: a 404 that
 * the mappers could only turn into an anonymous 400.
 */
@Provider
public class UuidParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (type != UUID.class || name == null) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                try {
                    return UUID.fromString(value);
                } catch (IllegalArgumentException e) {
                    throw ApiException.badParameter(name, "must be a UUID");
                }
            }

            @Override
            public String toString(UUID value) {
                return value.toString();
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }
}
