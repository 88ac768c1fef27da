package org.alfresco.service.cmr.action;

import org.alfresco.service.namespace.QName;

/** Subset: definition of one action parameter. */
public interface ParameterDefinition {
    String getName();

    QName getType();

    boolean isMultiValued();

    boolean isMandatory();

    String getDisplayLabel();

    String getParameterConstraintName();
}
