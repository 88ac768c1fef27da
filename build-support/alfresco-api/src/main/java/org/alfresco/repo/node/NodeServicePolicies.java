package org.alfresco.repo.node;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Subset: the node service policies Vanthu binds to. */
public interface NodeServicePolicies {

    interface OnCreateNodePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onCreateNode");

        void onCreateNode(ChildAssociationRef childAssocRef);
    }

    interface OnMoveNodePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onMoveNode");

        void onMoveNode(ChildAssociationRef oldChildAssocRef, ChildAssociationRef newChildAssocRef);
    }

    interface OnUpdatePropertiesPolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onUpdateProperties");

        void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after);

        Arg ARG_0 = Arg.KEY;
        Arg ARG_1 = Arg.START_VALUE;
        Arg ARG_2 = Arg.END_VALUE;
    }

    interface BeforeDeleteNodePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "beforeDeleteNode");

        void beforeDeleteNode(NodeRef nodeRef);
    }

    interface OnDeleteNodePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onDeleteNode");

        void onDeleteNode(ChildAssociationRef childAssocRef, boolean isNodeArchived);
    }

    interface OnAddAspectPolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onAddAspect");

        void onAddAspect(NodeRef nodeRef, QName aspectTypeQName);
    }

    interface BeforeRemoveAspectPolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "beforeRemoveAspect");

        void beforeRemoveAspect(NodeRef nodeRef, QName aspectTypeQName);
    }

    interface OnRemoveAspectPolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onRemoveAspect");

        void onRemoveAspect(NodeRef nodeRef, QName aspectTypeQName);
    }

    interface OnRestoreNodePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onRestoreNode");

        void onRestoreNode(ChildAssociationRef childAssocRef);
    }

    interface OnSetNodeTypePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onSetNodeType");

        void onSetNodeType(NodeRef nodeRef, QName oldType, QName newType);
    }
}
