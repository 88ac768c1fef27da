package org.alfresco.util.transaction;

/** Subset: resources and listeners bound to the current transaction (runtime only). */
public abstract class TransactionSupportUtil {
    public static String getTransactionId() {
        throw new UnsupportedOperationException("compile-time API subset");
    }

    public static boolean isActualTransactionActive() {
        throw new UnsupportedOperationException("compile-time API subset");
    }

    public static <R extends Object> R getResource(Object key) {
        throw new UnsupportedOperationException("compile-time API subset");
    }

    public static void bindResource(Object key, Object resource) {
        throw new UnsupportedOperationException("compile-time API subset");
    }

    public static void unbindResource(Object key) {
        throw new UnsupportedOperationException("compile-time API subset");
    }

    public static boolean bindListener(TransactionListener listener, int priority) {
        throw new UnsupportedOperationException("compile-time API subset");
    }
}
