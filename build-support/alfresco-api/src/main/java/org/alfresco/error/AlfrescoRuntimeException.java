package org.alfresco.error;

import org.springframework.extensions.surf.util.I18NUtil;

/**
 * Subset: the repository's base unchecked exception. The message id is resolved through the
 * registered message bundles when one matches; otherwise the id itself is the message.
 */
public class AlfrescoRuntimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String msgId;
    private final transient Object[] msgParams;

    public AlfrescoRuntimeException(String msgId) {
        this(msgId, null, null);
    }

    public AlfrescoRuntimeException(String msgId, Object[] msgParams) {
        this(msgId, msgParams, null);
    }

    public AlfrescoRuntimeException(String msgId, Throwable cause) {
        this(msgId, null, cause);
    }

    public AlfrescoRuntimeException(String msgId, Object[] msgParams, Throwable cause) {
        super(resolve(msgId, msgParams), cause);
        this.msgId = msgId;
        this.msgParams = msgParams;
    }

    public String getMsgId() {
        return msgId;
    }

    public Object[] getMsgParams() {
        return msgParams;
    }

    private static String resolve(String msgId, Object[] params) {
        String text = msgId == null ? null
                : (params == null ? I18NUtil.getMessage(msgId) : I18NUtil.getMessage(msgId, params));
        return text != null ? text : msgId;
    }
}
