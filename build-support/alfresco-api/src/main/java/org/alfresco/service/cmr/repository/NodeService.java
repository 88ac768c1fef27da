package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.service.cmr.dictionary.InvalidAspectException;
import org.alfresco.service.cmr.dictionary.InvalidTypeException;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.QNamePattern;

/** Subset: node and store operations used by Vanthu. */
public interface NodeService {
    boolean exists(StoreRef storeRef);

    boolean exists(NodeRef nodeRef);

    NodeRef getRootNode(StoreRef storeRef) throws InvalidStoreRefException;

    ChildAssociationRef createNode(NodeRef parentRef, QName assocTypeQName, QName assocQName, QName nodeTypeQName)
            throws InvalidNodeRefException, InvalidTypeException;

    ChildAssociationRef createNode(NodeRef parentRef, QName assocTypeQName, QName assocQName, QName nodeTypeQName,
            Map<QName, Serializable> properties) throws InvalidNodeRefException, InvalidTypeException;

    ChildAssociationRef moveNode(NodeRef nodeToMoveRef, NodeRef newParentRef, QName assocTypeQName,
            QName assocQName) throws InvalidNodeRefException;

    QName getType(NodeRef nodeRef) throws InvalidNodeRefException;

    AssociationRef createAssociation(NodeRef sourceRef, NodeRef targetRef, QName assocTypeQName)
            throws InvalidNodeRefException, AssociationExistsException;

    void setType(NodeRef nodeRef, QName typeQName) throws InvalidNodeRefException;

    void addAspect(NodeRef nodeRef, QName aspectTypeQName, Map<QName, Serializable> aspectProperties)
            throws InvalidNodeRefException, InvalidAspectException;

    void removeAspect(NodeRef nodeRef, QName aspectTypeQName) throws InvalidNodeRefException, InvalidAspectException;

    boolean hasAspect(NodeRef nodeRef, QName aspectTypeQName) throws InvalidNodeRefException, InvalidAspectException;

    Set<QName> getAspects(NodeRef nodeRef) throws InvalidNodeRefException;

    void deleteNode(NodeRef nodeRef) throws InvalidNodeRefException;

    Map<QName, Serializable> getProperties(NodeRef nodeRef) throws InvalidNodeRefException;

    Serializable getProperty(NodeRef nodeRef, QName qname) throws InvalidNodeRefException;

    void setProperties(NodeRef nodeRef, Map<QName, Serializable> properties) throws InvalidNodeRefException;

    void addProperties(NodeRef nodeRef, Map<QName, Serializable> properties) throws InvalidNodeRefException;

    void setProperty(NodeRef nodeRef, QName qname, Serializable value) throws InvalidNodeRefException;

    void removeProperty(NodeRef nodeRef, QName qname) throws InvalidNodeRefException;

    List<ChildAssociationRef> getParentAssocs(NodeRef nodeRef) throws InvalidNodeRefException;

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef) throws InvalidNodeRefException;

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef, QNamePattern typeQNamePattern,
            QNamePattern qnamePattern) throws InvalidNodeRefException;

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef, Set<QName> childNodeTypeQNames);

    List<ChildAssociationRef> getChildAssocsByPropertyValue(NodeRef nodeRef, QName propertyQName,
            Serializable value);

    NodeRef getChildByName(NodeRef nodeRef, QName assocTypeQName, String childName);

    ChildAssociationRef getPrimaryParent(NodeRef nodeRef) throws InvalidNodeRefException;
}
