package org.alfresco.repo.policy;

/** Subset: a behaviour that calls a named method of an object. */
public class JavaBehaviour extends BaseBehaviour {
    private final Object instance;
    private final String method;

    public JavaBehaviour(Object instance, String method) {
        this(instance, method, NotificationFrequency.EVERY_EVENT);
    }

    public JavaBehaviour(Object instance, String method, NotificationFrequency frequency) {
        super(frequency);
        if (instance == null || method == null) {
            throw new IllegalArgumentException("A Java behaviour needs an instance and a method name");
        }
        this.instance = instance;
        this.method = method;
    }

    @Override
    public <T> T getInterface(Class<T> policy) {
        throw new UnsupportedOperationException("compile-time API subset");
    }

    @Override
    public String toString() {
        return "Java method[class=" + instance.getClass().getName() + ", method=" + method + "]";
    }
}
