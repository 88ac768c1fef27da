package org.springframework.extensions.surf.exception;

import org.springframework.extensions.surf.util.I18NUtil;

/** Subset: Surf's base unchecked exception; the message id is resolved like Alfresco's. */
public class PlatformRuntimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String msgId;

    public PlatformRuntimeException(String msgId) {
        this(msgId, null, null);
    }

    public PlatformRuntimeException(String msgId, Object[] msgParams) {
        this(msgId, msgParams, null);
    }

    public PlatformRuntimeException(String msgId, Throwable cause) {
        this(msgId, null, cause);
    }

    public PlatformRuntimeException(String msgId, Object[] msgParams, Throwable cause) {
        super(resolve(msgId, msgParams), cause);
        this.msgId = msgId;
    }

    public String getMsgId() {
        return msgId;
    }

    private static String resolve(String msgId, Object[] params) {
        String text = msgId == null ? null
                : (params == null ? I18NUtil.getMessage(msgId) : I18NUtil.getMessage(msgId, params));
        return text != null ? text : msgId;
    }
}
