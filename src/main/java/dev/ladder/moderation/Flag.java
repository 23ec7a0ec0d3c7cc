package dev.ladder.moderation;

import dev.ladder.common.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reader's flag on a post: one per reader and post, open until a moderator resolves the post's flags. */
@Entity
@Table(name = "flags")
class Flag {
    @Id
    UUID id;

    @Column(name = "post_type")
    @Convert(converter = PostType.Converter.class)
    PostType postType;

    @Column(name = "post_id")
    UUID postId;

    @Column(name = "flagger_id")
    UUID flaggerId;

    @Convert(converter = FlagReason.Converter.class)
    FlagReason reason;

    String detail;

    @Column(name = "created_at")
    Instant createdAt;

    /** Changed only by {@link FlagRepository#resolveOpen}, for all of a post's open flags at once. */
    @Column(insertable = false, updatable = false)
    @Convert(converter = FlagStatus.Converter.class)
    FlagStatus status;

    @Column(name = "resolved_at", insertable = false, updatable = false)
    Instant resolvedAt;

    protected Flag() {}

    Flag(PostType postType, UUID postId, UUID flaggerId, FlagReason reason, String detail) {
        this.id = UUID.randomUUID();
        this.postType = postType;
        this.postId = postId;
        this.flaggerId = flaggerId;
        this.reason = reason;
        this.detail = detail;
        this.createdAt = Timestamps.now();
    }
}
