package dev.ladder.common.security;

import dev.ladder.common.Digests;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dev/test key pair is in git (src/test/resources/dev-keys), so anyone could mint tokens with
 * it. Production refuses to start until it is given a key pair of its own. The jar carries neither
 * dev key: it knows the public one by the SHA-256 of its DER encoding.
 */
public class SigningKeyGuard {
    static final String DEV_PUBLIC_KEY_SHA256 = "2b54f96ccbcd640c539c1e4f95548702ae7953356d81e64f8da03714ee3c8a50";

    void check(
            @Observes StartupEvent event,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKey,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signKey) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        if (publicKey.isEmpty() || signKey.isEmpty()) {
            throw new IllegalStateException("No token keys configured: set MP_JWT_VERIFY_PUBLICKEY_LOCATION and "
                    + "SMALLRYE_JWT_SIGN_KEY_LOCATION to your RSA public and private key (PEM).");
        }
        if (isDevKey(read(publicKey.get()))) {
            throw new IllegalStateException("The configured token key is the public dev/test key from git: set "
                    + "MP_JWT_VERIFY_PUBLICKEY_LOCATION and SMALLRYE_JWT_SIGN_KEY_LOCATION to a key pair of your own.");
        }
    }

    /** Whether a PEM file holds the dev public key, whatever its line breaks; anything else is not it. */
    static boolean isDevKey(byte[] pem) {
        String base64 = new String(pem, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "");
        try {
            return HexFormat.of()
                    .formatHex(Digests.sha256(Base64.getMimeDecoder().decode(base64)))
                    .equals(DEV_PUBLIC_KEY_SHA256);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Reads a key as smallrye-jwt would: a file path, or a classpath resource. */
    private static byte[] read(String location) {
        String path = location.replaceFirst("^(file|classpath):", "");
        try {
            Path file = Path.of(path);
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
            try (InputStream in = SigningKeyGuard.class.getClassLoader().getResourceAsStream(path)) {
                return in == null ? new byte[0] : in.readAllBytes();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the token key at " + location, e);
        }
    }
}
