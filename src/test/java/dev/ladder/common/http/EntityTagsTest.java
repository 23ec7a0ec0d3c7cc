package dev.ladder.common.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.ProblemType;
import org.junit.jupiter.api.Test;

class EntityTagsTest {
    private record Post(int version) implements Versioned {}

    private static final byte[] BODY = "{\"score\":1}".getBytes(UTF_8);

    @Test
    void aTagIsAQuotedHashThatChangesWithAnyByteOfTheBody() {
        String tag = EntityTags.of("a list", BODY);
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{22}\""), tag);
        assertEquals(tag, EntityTags.of("another list", BODY.clone()));
        assertNotEquals(tag, EntityTags.of("a list", "{\"score\":2}".getBytes(UTF_8)));
    }

    @Test
    void aPostsTagStartsWithItsVersion() {
        String tag = EntityTags.of(new Post(3), BODY);
        assertEquals("\"3." + EntityTags.of("a list", BODY).substring(1), tag);
    }

    @Test
    void ifNoneMatchNamingTheCurrentTagMeansNotModified() {
        String etag = EntityTags.of("a list", BODY);
        assertTrue(EntityTags.notModified(etag, etag));
        assertTrue(EntityTags.notModified("*", etag));
        assertTrue(EntityTags.notModified("\"old\", " + etag + " ,", etag));
        assertTrue(EntityTags.notModified("W/" + etag, etag), "compared weakly");
    }

    @Test
    void ifNoneMatchNamingOtherTagsOrNothingMeansModified() {
        String etag = EntityTags.of("a list", BODY);
        assertFalse(EntityTags.notModified(null, etag));
        assertFalse(EntityTags.notModified("\"old\", W/\"older\"", etag));
        assertFalse(EntityTags.notModified(" , ", etag));
    }

    @Test
    void anEditPassesWithoutIfMatchWithAStarOrWithAnyTagOfTheCurrentVersion() {
        assertDoesNotThrow(() -> EntityTags.requireVersion(null, 3));
        assertDoesNotThrow(() -> EntityTags.requireVersion("*", 3));
        // A vote since the read changed the hash, not the version: the edit overwrites nothing.
        assertDoesNotThrow(() -> EntityTags.requireVersion("\"3.someOtherHash\"", 3));
        assertDoesNotThrow(() -> EntityTags.requireVersion("\"2.x\", \"3.y\"", 3));
    }

    @Test
    void anEditWithATagOfAnotherVersionIsAPreconditionFailure() {
        for (String ifMatch : new String[] {"\"2.hash\"", "\"31.hash\"", "W/\"3.hash\"", "\"3\"", "\"hash\""}) {
            ApiException e = assertThrows(ApiException.class, () -> EntityTags.requireVersion(ifMatch, 3), ifMatch);
            assertEquals(ProblemType.PRECONDITION_FAILED, e.type);
            assertEquals(412, e.type.status);
        }
    }
}
