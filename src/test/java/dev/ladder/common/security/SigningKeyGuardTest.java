package dev.ladder.common.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Plain JUnit: the guard knows the dev public key from git by its fingerprint alone. */
class SigningKeyGuardTest {
    private static final Path DEV_PUBLIC_KEY = Path.of("src/test/resources/dev-keys/public-key.pem");

    @Test
    void theDevPublicKeyFromGitIsRecognisedWhateverItsLineBreaks() throws Exception {
        byte[] pem = Files.readAllBytes(DEV_PUBLIC_KEY);
        assertTrue(SigningKeyGuard.isDevKey(pem));
        String crlf = new String(pem, StandardCharsets.US_ASCII).replace("\n", "\r\n");
        assertTrue(SigningKeyGuard.isDevKey(crlf.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anotherKeyOrNoPemIsNotTheDevKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String own = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        assertFalse(SigningKeyGuard.isDevKey(own.getBytes(StandardCharsets.US_ASCII)));
        assertFalse(SigningKeyGuard.isDevKey("{\"kty\": \"RSA\"}".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(SigningKeyGuard.isDevKey(new byte[0]));
    }
}
