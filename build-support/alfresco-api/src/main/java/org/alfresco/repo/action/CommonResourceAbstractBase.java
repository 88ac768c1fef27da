package org.alfresco.repo.action;

import org.springframework.beans.factory.BeanNameAware;

/** Subset: actions and conditions are named after their Spring bean. */
public abstract class CommonResourceAbstractBase implements BeanNameAware {
    protected String name;

    @Override
    public void setBeanName(String name) {
        this.name = name;
    }
}
