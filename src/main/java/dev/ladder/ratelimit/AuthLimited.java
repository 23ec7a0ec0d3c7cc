package dev.ladder.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sign-in endpoint (login, register, refresh): counted per client address under the stricter
 * {@link LimitKind#AUTH} limit instead of as a read or a write.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuthLimited {}
