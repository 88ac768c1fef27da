package org.alfresco.repo.security.authentication;

import org.alfresco.error.AlfrescoRuntimeException;
import org.springframework.beans.factory.InitializingBean;

/**
 * Subset: who the current thread runs as. Here runAs runs the work in the calling thread and
 * only records the run-as name for the duration; there is no security context.
 */
public class AuthenticationUtil implements InitializingBean {

    /** Work to run as another user. */
    public interface RunAsWork<Result> {
        Result doWork() throws Exception;
    }

    public static final String SYSTEM_USER_NAME = "System";

    private static final ThreadLocal<String> RUN_AS = new ThreadLocal<>();

    public AuthenticationUtil() {
        super();
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        // nothing to initialise in the subset
    }

    public static <R> R runAs(RunAsWork<R> runAsWork, String uid) {
        String previous = RUN_AS.get();
        RUN_AS.set(uid);
        try {
            return runAsWork.doWork();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AlfrescoRuntimeException("Error during run as.", e);
        } finally {
            RUN_AS.set(previous);
        }
    }

    public static <R> R runAsSystem(RunAsWork<R> runAsWork) {
        return runAs(runAsWork, getSystemUserName());
    }

    public static String getRunAsUser() throws AuthenticationException {
        return RUN_AS.get();
    }

    public static String getFullyAuthenticatedUser() throws AuthenticationException {
        return null;
    }

    public static boolean isRunAsUserTheSystemUser() {
        return SYSTEM_USER_NAME.equals(getRunAsUser());
    }

    public static String getSystemUserName() {
        return SYSTEM_USER_NAME;
    }

    public static String getAdminUserName() {
        return "admin";
    }
}
