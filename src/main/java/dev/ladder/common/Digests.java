package dev.ladder.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** SHA-256, for whatever must be recognised again without being kept as it is. */
public final class Digests {
    private Digests() {}

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** 128 bits of SHA-256 in base64url: short enough for a header or a key, and no two inputs share one. */
    public static String fingerprint(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha256(bytes), 16));
    }
}
