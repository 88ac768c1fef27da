package org.alfresco.repo.security.authentication;

import org.alfresco.error.AlfrescoRuntimeException;

/** Subset: authentication failed or no user is known. */
public class AuthenticationException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String msg) {
        super(msg);
    }

    public AuthenticationException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
