package dev.ladder.post;

import dev.ladder.account.User;
import dev.ladder.common.Timestamps;
import dev.ladder.common.security.CurrentUser;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What questions and answers share: an author shown with the credentials frozen when the post was
 * written (or anonymously), a Markdown body with its rendered HTML, a score, soft deletion.
 */
@MappedSuperclass
public abstract class Post {
    /**
     * What a list reads of a post's author, for HQL {@code select new}: the post's alias is
     * {@code p}, its author's {@code u}; the row's constructor hands them to {@link AuthorView#of}.
     */
    public static final String BYLINE_COLUMNS = "u.id, u.handle, u.displayName, u.avatarUrl, p.anonymous,"
            + " p.authorSnapshot.headline, p.authorSnapshot.companies, p.authorSnapshot.verified";

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public User author;

    public boolean anonymous;

    @Embedded
    public AuthorSnapshot authorSnapshot;

    public String body;

    @Column(name = "body_html")
    public String bodyHtml;

    /** Changed only by atomic UPDATEs in the vote's transaction, never written back from here. */
    @Column(insertable = false, updatable = false)
    public int score;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** Set while flags keep the post from readers; {@link #deletedAt} is then the same instant (V23). */
    @Column(name = "hidden_at")
    public Instant hiddenAt;

    /**
     * The version of the editable content, what If-Match on PATCH compares: Hibernate adds one at
     * the flush of every change to a mapped column (title, body, topics, deletion). Score and
     * answer counts are not mapped for update, so votes and answers leave it alone.
     */
    @Version
    public int version;

    protected Post() {}

    protected Post(Byline byline) {
        this.id = UUID.randomUUID();
        this.author = byline.author();
        this.anonymous = byline.anonymous();
        this.authorSnapshot = byline.snapshot();
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
    }

    public AuthorView authorView() {
        return AuthorView.of(author, anonymous, authorSnapshot);
    }

    /** Moderators see deleted and hidden posts; a hidden post's author still sees it; readers see live ones. */
    public boolean visibleTo(CurrentUser caller) {
        return deletedAt == null
                || caller.isModerator()
                || hiddenAt != null
                        && caller.optionalId().map(author.id::equals).orElse(false);
    }

    /** Its author may change it, and so may any moderator. */
    public boolean editableBy(CurrentUser caller) {
        return editableBy(caller, author.id);
    }

    public static boolean editableBy(CurrentUser caller, UUID authorId) {
        return caller.isModerator() || caller.optionalId().map(authorId::equals).orElse(false);
    }
}
