package dev.ladder.common.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dev/test key pair is in git, so anyone could mint tokens with it. Production refuses to start
 * until it is given a key pair of its own.
 */
public class SigningKeyGuard {
    static final String DEV_PUBLIC_KEY = "dev-keys/public-key.pem";

    void check(@Observes StartupEvent event,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKey,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signKey) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        if (publicKey.isEmpty() || signKey.isEmpty()) {
            throw new IllegalStateException("No token keys configured: set MP_JWT_VERIFY_PUBLICKEY_LOCATION and "
                    + "SMALLRYE_JWT_SIGN_KEY_LOCATION to your RSA public and private key (PEM).");
        }
        if (Arrays.equals(read(publicKey.get()), read(DEV_PUBLIC_KEY))) {
            throw new IllegalStateException("The configured token key is the public dev/test key from git: set "
                    + "MP_JWT_VERIFY_PUBLICKEY_LOCATION and SMALLRYE_JWT_SIGN_KEY_LOCATION to a key pair of your own.");
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
