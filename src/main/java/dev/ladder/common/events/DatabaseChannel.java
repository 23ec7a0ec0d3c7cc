package dev.ladder.common.events;

/**
 * A PostgreSQL NOTIFY channel a feature listens on, through this instance's one {@link
 * DatabaseListener}: what another instance (or this one) committed reaches it in milliseconds.
 */
public interface DatabaseChannel {
    String name();

    /** A notice's payload, as the notifying statement sent it. */
    void received(String payload);

    /** The listener (re)connected: whatever was sent while nobody here listened must be read now. */
    void listening();
}
