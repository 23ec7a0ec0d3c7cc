package dev.ladder.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

@Entity
@Table(name = "users")
public class User {
    @Id
    public UUID id;

    public String handle;

    public String email;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "avatar_url")
    public String avatarUrl;

    @Convert(converter = Role.Converter.class)
    public Role role = Role.USER;

    // Counters change only through UserRepository's atomic UPDATEs; never written back from here,
    // so an edit of the profile cannot overwrite a concurrent change.
    @Column(name = "question_count", insertable = false, updatable = false)
    public int questionCount;

    @Column(name = "answer_count", insertable = false, updatable = false)
    public int answerCount;

    @Column(insertable = false, updatable = false)
    public int reputation;

    @CreationTimestamp
    @Column(name = "created_at")
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Set when the account was erased: the row stays for what points at it, with nothing of the person. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    protected User() {}

    public User(String handle, String email, String passwordHash, String displayName) {
        this.id = UUID.randomUUID();
        this.handle = handle;
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
    }
}
