package org.alfresco.repo.policy;

/** Subset: a piece of logic bound to a policy. */
public interface Behaviour {
    /** When the behaviour is told of events. */
    enum NotificationFrequency {
        EVERY_EVENT,
        FIRST_EVENT,
        TRANSACTION_COMMIT,
    }

    <T> T getInterface(Class<T> policy);

    void disable();

    void enable();

    boolean isEnabled();

    NotificationFrequency getNotificationFrequency();
}
