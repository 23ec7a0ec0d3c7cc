package dev.ladder.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a moderator did, as the log names it; {@link #HIDDEN_BY_FLAGS} is the one the flags do on their own. */
public enum AuditAction {
    HIDDEN_BY_FLAGS("post.hidden-by-flags"),
    FLAGS_DISMISSED("flags.dismiss"),
    FLAGS_HIDE("flags.hide"),
    FLAGS_DELETE("flags.delete"),
    POST_EDITED("post.edit"),
    POST_DELETED("post.delete"),
    QUESTION_CLOSED("question.close"),
    QUESTION_REOPENED("question.reopen"),
    COMPANY_CREATED("company.create"),
    COMPANY_UPDATED("company.update");

    private final String wireName;

    AuditAction(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
