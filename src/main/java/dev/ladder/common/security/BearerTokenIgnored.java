package dev.ladder.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation signs in with what its body carries (a password or a refresh token) and never reads
 * an Authorization header (openapi.yaml: {@code security: []}), so a client that sends its expired
 * access token along can still refresh it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BearerTokenIgnored {}
