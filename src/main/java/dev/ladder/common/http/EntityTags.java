package dev.ladder.common.http;

import dev.ladder.common.Digests;
import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.ProblemType;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Strong entity tags (RFC 9110 8.8.3): a hash of the representation as sent, so a tag changes
 * whenever a byte of the body does, votes, counts and the caller's own {@code myVote} included.
 * A post's tag is {@code "<version>.<hash>"}: If-Match compares only the version, the content an
 * edit could overwrite, so a vote or a new answer never makes an edit fail.
 */
public final class EntityTags {
    /** openapi.yaml's reusable parameters (components/parameters) for the headers read here. */
    public static final String IF_NONE_MATCH_PARAMETER = "IfNoneMatch";

    public static final String IF_MATCH_PARAMETER = "IfMatch";

    private EntityTags() {}

    public static String of(Object entity, byte[] body) {
        String hash = Digests.fingerprint(body);
        return '"' + (entity instanceof Versioned post ? post.version() + "." + hash : hash) + '"';
    }

    /**
     * Whether If-None-Match ({@code *} or a list of tags) names the current representation, so the
     * client's copy is still good: compared weakly (RFC 9110 13.1.2), a tag a cache marked weak
     * still matches.
     */
    public static boolean notModified(String ifNoneMatch, String etag) {
        return ifNoneMatch != null
                && tags(ifNoneMatch)
                        .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(opaque(etag)));
    }

    /**
     * If-Match on an edit: passes with {@code *}, or with a strong tag of this post's current
     * version; otherwise the post changed since the client read it, a 412. No header, no check:
     * the precondition is the client's choice.
     */
    public static void requireVersion(String ifMatch, int version) {
        if (ifMatch != null && tags(ifMatch).noneMatch(tag -> tag.equals("*") || isVersion(tag, version))) {
            throw new ApiException(
                    ProblemType.PRECONDITION_FAILED,
                    "The post has changed since the version If-Match"
                            + " names: read it again, then send your edit with its new ETag.");
        }
    }

    private static boolean isVersion(String tag, int version) {
        return tag.startsWith('"' + Integer.toString(version) + ".");
    }

    private static Stream<String> tags(String header) {
        return Arrays.stream(header.split(",")).map(String::strip).filter(tag -> !tag.isEmpty());
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
