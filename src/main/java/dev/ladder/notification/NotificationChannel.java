package dev.ladder.notification;

import dev.ladder.common.events.DatabaseChannel;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The channel V18's trigger notifies when a notification commits on any instance: it wakes this
 * instance's streams of the readers concerned, and all of them after the listener was away.
 */
@ApplicationScoped
class NotificationChannel implements DatabaseChannel {
    private final NotificationStreams streams;

    NotificationChannel(NotificationStreams streams) {
        this.streams = streams;
    }

    @Override
    public String name() {
        return "ladder_notifications";
    }

    @Override
    public void received(String payload) {
        streams.wake(payload);
    }

    @Override
    public void listening() {
        streams.wakeAll();
    }
}
