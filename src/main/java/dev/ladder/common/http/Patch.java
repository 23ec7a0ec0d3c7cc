package dev.ladder.common.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import jakarta.inject.Singleton;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.UnwrapByDefault;
import jakarta.validation.valueextraction.ValueExtractor;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * One field of a PATCH body, read as JSON Merge Patch (RFC 7396) reads it: left out keeps the
 * stored value, {@code null} clears it, a value replaces it. Constraints, on the field or on the
 * type argument, check what was sent, null included, and nothing when the field was left out:
 * {@code Patch<@NotBlank String>} is a field that can be changed but not cleared. (Put
 * {@code @NotNull}/{@code @NotBlank} on the type argument: on the field the OpenAPI scan would
 * call the field required.)
 */
@JsonDeserialize(using = Patch.Reader.class)
public final class Patch<T> {
    private static final Patch<?> ABSENT = new Patch<>(false, null);

    private final boolean sent;
    private final T value;

    private Patch(boolean sent, T value) {
        this.sent = sent;
        this.value = value;
    }

    public boolean sent() {
        return sent;
    }

    /** Applies the sent value ({@code null} when the body cleared the field); nothing when it was left out. */
    public void ifSent(Consumer<? super T> apply) {
        if (sent) {
            apply.accept(value);
        }
    }

    /** The sent value, or {@code absent} when the field was left out. */
    public T orElse(T absent) {
        return sent ? value : absent;
    }

    @Override
    public String toString() {
        return sent ? "Patch[" + value + "]" : "Patch[absent]";
    }

    /** Jackson calls {@link #getAbsentValue} for a field left out and {@link #getNullValue} for an explicit null. */
    static final class Reader extends JsonDeserializer<Patch<?>> implements ContextualDeserializer {
        private final JavaType valueType;

        Reader() {
            this(null);
        }

        private Reader(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType patchType = property != null ? property.getType() : context.getContextualType();
            return new Reader(patchType.containedType(0));
        }

        @Override
        public Patch<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return new Patch<>(true, context.readValue(parser, valueType));
        }

        @Override
        public Patch<?> getNullValue(DeserializationContext context) {
            return new Patch<>(true, null);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return ABSENT;
        }
    }

    /** Hands Bean Validation the sent value; by default, so constraints on the field apply to it too. */
    @Singleton
    @UnwrapByDefault
    public static final class Extractor implements ValueExtractor<Patch<@ExtractedValue ?>> {
        @Override
        public void extractValues(Patch<?> patch, ValueReceiver receiver) {
            if (patch.sent) {
                receiver.value(null, patch.value);
            }
        }
    }
}
