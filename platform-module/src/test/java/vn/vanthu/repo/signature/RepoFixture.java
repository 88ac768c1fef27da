package vn.vanthu.repo.signature;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.MimetypeMap;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.QNamePattern;

import vn.vanthu.repo.model.VanthuModel;

/** Mocked repository: nodes with a name, a type, a parent and content taken from real files. */
final class RepoFixture {

    final NodeService nodeService = mock(NodeService.class);
    final ContentService contentService = mock(ContentService.class);
    final DictionaryService dictionaryService = mock(DictionaryService.class);
    final BehaviourFilter behaviourFilter = mock(BehaviourFilter.class);
    final NodeRef folder = node("folder");
    private final Map<String, NodeRef> byName = new HashMap<>();

    RepoFixture() {
        // cm:content and cm:folder are the only supertypes that matter here.
        when(dictionaryService.isSubClass(any(), any())).thenAnswer(inv -> {
            QName type = inv.getArgument(0);
            QName of = inv.getArgument(1);
            return type.equals(of) || (of.equals(ContentModel.TYPE_CONTENT)
                    && (type.equals(VanthuModel.TYPE_INCOMING_DOCUMENT) || type.equals(VanthuModel.TYPE_OUTGOING_DOCUMENT)));
        });
        when(nodeService.exists(any(NodeRef.class))).thenReturn(true);
        when(nodeService.getType(folder)).thenReturn(ContentModel.TYPE_FOLDER);
        when(nodeService.getChildByName(eq(folder), eq(ContentModel.ASSOC_CONTAINS), any()))
                .thenAnswer(inv -> byName.get(inv.<String>getArgument(2)));
    }

    /** Stubs the spaces store's root and its app:company_home child, as RepositoryTrustFolder finds them; returns Company Home. */
    static NodeRef companyHome(NodeService nodeService) {
        NodeRef root = node("root");
        NodeRef home = node("company-home");
        when(nodeService.getRootNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE)).thenReturn(root);
        when(nodeService.getChildAssocs(eq(root), any(QNamePattern.class), any(QNamePattern.class)))
                .thenReturn(List.of(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, root,
                        QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "company_home"), home)));
        return home;
    }

    static NodeRef node(String id) {
        return new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
    }

    /** A document in the folder whose content is {@code file} (null: no content). */
    NodeRef document(String name, QName type, Path file) throws IOException {
        NodeRef n = node("n-" + name.hashCode());
        byName.put(name, n);
        when(nodeService.getProperty(n, ContentModel.PROP_NAME)).thenReturn(name);
        when(nodeService.getType(n)).thenReturn(type);
        when(nodeService.getPrimaryParent(n)).thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, folder,
                QName.createQName(VanthuModel.NAMESPACE_URI, name), n, true, 0));
        if (file != null) {
            when(contentService.getReader(n, ContentModel.PROP_CONTENT)).thenAnswer(inv -> reader(file, name));
        }
        return n;
    }

    static ContentReader reader(Path file, String name) throws IOException {
        ContentReader r = mock(ContentReader.class);
        when(r.exists()).thenReturn(true);
        when(r.getSize()).thenReturn(Files.size(file));
        when(r.getMimetype()).thenReturn(name.endsWith(".pdf") ? MimetypeMap.MIMETYPE_PDF : "application/octet-stream");
        when(r.getFileChannel()).thenAnswer(inv -> FileChannel.open(file));
        when(r.getContentInputStream()).thenAnswer(inv -> Files.newInputStream(file));
        return r;
    }

    SignatureVerificationService service(Path trustDir) {
        SignatureVerificationService s = new SignatureVerificationService();
        s.setNodeService(nodeService);
        s.setContentService(contentService);
        s.setDictionaryService(dictionaryService);
        s.setBehaviourFilter(behaviourFilter);
        s.setTrustAnchorsDir(trustDir == null ? "" : trustDir.toString());
        s.setCrlsDir("");
        s.setIncludeGovernmentRoot(true);
        return s;
    }
}
