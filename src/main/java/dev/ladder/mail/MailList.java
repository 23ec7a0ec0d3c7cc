package dev.ladder.mail;

/** What a reader can unsubscribe from, one link each. */
enum MailList {
    DIGEST("digest"),
    ANSWERS("answers");

    final String claim;

    MailList(String claim) {
        this.claim = claim;
    }

    static MailList of(String claim) {
        for (MailList list : values()) {
            if (list.claim.equals(claim)) {
                return list;
            }
        }
        return null;
    }
}
