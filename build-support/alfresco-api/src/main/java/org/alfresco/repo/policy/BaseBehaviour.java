package org.alfresco.repo.policy;

/** Subset: common state of behaviours (notification frequency, per-thread enablement). */
public abstract class BaseBehaviour implements Behaviour {
    private final NotificationFrequency frequency;
    private final ThreadLocal<Integer> disabled = ThreadLocal.withInitial(() -> 0);

    public BaseBehaviour() {
        this(NotificationFrequency.EVERY_EVENT);
    }

    public BaseBehaviour(NotificationFrequency frequency) {
        this.frequency = frequency;
    }

    @Override
    public void disable() {
        disabled.set(disabled.get() + 1);
    }

    @Override
    public void enable() {
        disabled.set(Math.max(0, disabled.get() - 1));
    }

    @Override
    public boolean isEnabled() {
        return disabled.get() == 0;
    }

    @Override
    public NotificationFrequency getNotificationFrequency() {
        return frequency;
    }
}
