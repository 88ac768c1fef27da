package vn.vanthu.repo.edxml;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;

import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.store.NodeQueries;

/**
 * A repository in memory behind mocked NodeService, ContentService, SearchService and
 * TransactionService: nodes keep type, properties, aspects, parent, content and peer
 * associations; creating a node and closing a content writer tell the registered listeners, the
 * way the policy component calls behaviours; a transaction that throws is rolled back (every node
 * restored as it was before it began); the search service answers the exact
 * {@code TYPE:"vt:x" AND =vt:edxmlDocumentId:"..."} queries from the nodes.
 */
final class FakeRepository {

    static final class Node {
        QName type;
        NodeRef parent;
        Map<QName, Serializable> props = new HashMap<>();
        Set<QName> aspects = new HashSet<>();
        byte[] content;
        String mimetype;
        /** The URL of the content, new for every write (content URLs name immutable content). */
        String contentUrl;
        List<AssociationRef> assocs = new ArrayList<>();

        Node copy() {
            Node n = new Node();
            n.type = type;
            n.parent = parent;
            n.props = new HashMap<>(props);
            n.aspects = new HashSet<>(aspects);
            n.content = content;
            n.mimetype = mimetype;
            n.contentUrl = contentUrl;
            n.assocs = new ArrayList<>(assocs);
            return n;
        }
    }

    final Map<NodeRef, Node> nodes = new LinkedHashMap<>();
    final NodeService nodeService = mock(NodeService.class);
    final ContentService contentService = mock(ContentService.class);
    final SearchService searchService = mock(SearchService.class);
    final TransactionService transactionService = mock(TransactionService.class);
    final BehaviourFilter behaviourFilter = mock(BehaviourFilter.class);
    final NodeQueries nodeQueries = new NodeQueries();
    final List<Consumer<ChildAssociationRef>> onCreate = new ArrayList<>();
    final List<Consumer<NodeRef>> onContent = new ArrayList<>();
    /** Content written with a writer not bound to a node, by URL (what the store holds). */
    final Map<String, byte[]> stored = new HashMap<>();
    /** Writers asked for without a node (content straight into the store). */
    int storeWriters;
    final List<BiConsumer<NodeRef, Map<QName, Serializable>[]>> onUpdate = new ArrayList<>();
    final List<String> queries = new ArrayList<>();
    /** Nodes whose behaviours are disabled (BehaviourFilter.disableBehaviour(node)): their events reach no listener. */
    final Set<NodeRef> disabled = new HashSet<>();
    int transactions;
    int rollbacks;
    private int next;

    FakeRepository() {
        nodeQueries.setSearchService(searchService);
        lenient().doAnswer(i -> disabled.add(i.getArgument(0))).when(behaviourFilter).disableBehaviour(any(NodeRef.class));
        lenient().doAnswer(i -> disabled.remove(i.getArgument(0))).when(behaviourFilter).enableBehaviour(any(NodeRef.class));
        lenient().when(nodeService.exists(any(NodeRef.class))).thenAnswer(i -> nodes.containsKey(i.getArgument(0)));
        lenient().when(nodeService.getType(any())).thenAnswer(i -> node(i.getArgument(0)).type);
        lenient().when(nodeService.getProperties(any())).thenAnswer(i -> new HashMap<>(node(i.getArgument(0)).props));
        lenient().when(nodeService.getProperty(any(), any())).thenAnswer(i -> node(i.getArgument(0)).props.get(i.getArgument(1)));
        lenient().when(nodeService.hasAspect(any(), any())).thenAnswer(i -> node(i.getArgument(0)).aspects.contains(i.getArgument(1)));
        lenient().when(nodeService.getAspects(any())).thenAnswer(i -> new HashSet<>(node(i.getArgument(0)).aspects));
        lenient().doAnswer(i -> {
            NodeRef ref = i.getArgument(0);
            change(ref, p -> p.put(i.getArgument(1), i.getArgument(2)));
            if (ContentModel.PROP_CONTENT.equals(i.getArgument(1)) && i.getArgument(2) instanceof ContentData data) {
                // Content written into the store and set on the node: the repository fires its
                // content-update policies, as when a node writer closes.
                Node n = node(ref);
                n.content = stored.get(data.getContentUrl());
                n.mimetype = data.getMimetype();
                n.contentUrl = data.getContentUrl();
                if (n.content == null) {
                    throw new IllegalStateException("no stored content " + data.getContentUrl());
                }
                if (!disabled.contains(ref)) {
                    onContent.forEach(listener -> listener.accept(ref));
                }
            }
            return null;
        }).when(nodeService).setProperty(any(), any(), any());
        lenient().doAnswer(i -> {
            change(i.getArgument(0), p -> p.putAll(i.getArgument(1)));
            return null;
        }).when(nodeService).addProperties(any(), any());
        lenient().doAnswer(i -> {
            NodeRef ref = i.getArgument(0);
            node(ref).aspects.add(i.getArgument(1));
            Map<QName, Serializable> props = i.getArgument(2);
            if (props != null && !props.isEmpty()) {
                change(ref, p -> p.putAll(props));
            }
            return null;
        }).when(nodeService).addAspect(any(), any(), any());
        lenient().when(nodeService.getChildByName(any(), any(), anyString())).thenAnswer(i -> child(i.getArgument(0), i.getArgument(2)));
        lenient().when(nodeService.getPrimaryParent(any())).thenAnswer(i -> {
            NodeRef ref = i.getArgument(0);
            return new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, node(ref).parent, null, ref);
        });
        lenient().when(nodeService.createNode(any(), any(), any(), any(), any())).thenAnswer(i -> {
            NodeRef parent = i.getArgument(0);
            Map<QName, Serializable> props = i.getArgument(4);
            String name = (String) props.get(ContentModel.PROP_NAME);
            if (child(parent, name) != null) {
                throw new IllegalStateException("Duplicate child name not allowed: " + name);
            }
            NodeRef ref = add(parent, i.getArgument(3), props);
            ChildAssociationRef assoc = new ChildAssociationRef(i.getArgument(1), parent, i.getArgument(2), ref);
            onCreate.forEach(listener -> listener.accept(assoc));
            return assoc;
        });
        lenient().when(nodeService.createAssociation(any(), any(), any())).thenAnswer(i -> {
            AssociationRef assoc = new AssociationRef(i.getArgument(0), i.getArgument(2), i.getArgument(1));
            node(i.getArgument(0)).assocs.add(assoc);
            return assoc;
        });
        lenient().when(contentService.getReader(any(), any())).thenAnswer(i -> {
            Node n = nodes.get(i.<NodeRef>getArgument(0));
            return n == null || n.content == null ? null : reader(n.content, n.mimetype, n.contentUrl);
        });
        lenient().when(contentService.getWriter(any(), any(), anyBoolean())).thenAnswer(i -> {
            if (i.getArgument(0) == null) {
                storeWriters++;
            }
            return writer(i.getArgument(0));
        });
        lenient().when(contentService.getTempWriter()).thenAnswer(i -> writer(null));
        lenient().when(searchService.query(any(SearchParameters.class))).thenAnswer(i -> query(i.getArgument(0)));
        lenient().when(transactionService.getRetryingTransactionHelper()).thenAnswer(i -> new RollingBackHelper());
    }

    Node node(NodeRef ref) {
        Node n = nodes.get(ref);
        if (n == null) {
            throw new IllegalArgumentException("no node " + ref);
        }
        return n;
    }

    NodeRef add(NodeRef parent, QName type, Map<QName, Serializable> props) {
        NodeRef ref = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "n" + (++next));
        Node n = new Node();
        n.type = type;
        n.parent = parent;
        n.props.putAll(props);
        nodes.put(ref, n);
        return ref;
    }

    NodeRef folder(NodeRef parent, String name) {
        return add(parent, ContentModel.TYPE_FOLDER, Map.of(ContentModel.PROP_NAME, name));
    }

    /** A file with content, as an upload leaves it (without telling the listeners). */
    NodeRef file(NodeRef parent, String name, byte[] bytes) {
        NodeRef ref = add(parent, ContentModel.TYPE_CONTENT, Map.of(ContentModel.PROP_NAME, name));
        node(ref).content = bytes;
        return ref;
    }

    NodeRef child(NodeRef parent, String name) {
        for (Map.Entry<NodeRef, Node> e : nodes.entrySet()) {
            if (parent.equals(e.getValue().parent) && name.equals(e.getValue().props.get(ContentModel.PROP_NAME))) {
                return e.getKey();
            }
        }
        return null;
    }

    List<NodeRef> children(NodeRef parent) {
        return nodes.entrySet().stream().filter(e -> parent.equals(e.getValue().parent)).map(Map.Entry::getKey).toList();
    }

    List<NodeRef> ofType(QName type) {
        return nodes.entrySet().stream().filter(e -> type.equals(e.getValue().type)).map(Map.Entry::getKey).toList();
    }

    String text(NodeRef ref) {
        return new String(node(ref).content, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private void change(NodeRef ref, Consumer<Map<QName, Serializable>> change) {
        Node n = node(ref);
        Map<QName, Serializable> before = new HashMap<>(n.props);
        change.accept(n.props);
        Map<QName, Serializable>[] beforeAfter = new Map[] {before, new HashMap<>(n.props)};
        if (!disabled.contains(ref)) {
            onUpdate.forEach(listener -> listener.accept(ref, beforeAfter));
        }
    }

    private ContentReader reader(byte[] bytes, String mimetype, String contentUrl) {
        ContentReader reader = mock(ContentReader.class);
        lenient().when(reader.getContentUrl()).thenReturn(contentUrl);
        lenient().when(reader.exists()).thenReturn(true);
        lenient().when(reader.getSize()).thenReturn((long) bytes.length);
        lenient().when(reader.getMimetype()).thenReturn(mimetype);
        lenient().when(reader.getContentInputStream()).thenAnswer(i -> new ByteArrayInputStream(bytes));
        lenient().when(reader.getReader()).thenAnswer(i -> reader(bytes, mimetype, contentUrl));
        return reader;
    }

    /** A writer into the node's content (null: a temporary file); closing it tells the content listeners. */
    private ContentWriter writer(NodeRef target) {
        ContentWriter writer = mock(ContentWriter.class);
        byte[][] written = {null};
        String[] mimetype = {null};
        String url = "store://2023/3/16/9/30/" + java.util.UUID.randomUUID() + ".bin";
        lenient().when(writer.getContentUrl()).thenReturn(url);
        Runnable store = () -> {
            stored.put(url, written[0]);
            if (target != null) {
                node(target).content = written[0];
                node(target).mimetype = mimetype[0];
                node(target).contentUrl = url;
                if (!disabled.contains(target)) {
                    onContent.forEach(listener -> listener.accept(target));
                }
            }
        };
        lenient().doAnswer(i -> mimetype[0] = i.getArgument(0)).when(writer).setMimetype(any());
        lenient().when(writer.getContentOutputStream()).thenAnswer(i -> new ByteArrayOutputStream() {
            @Override
            public void close() throws IOException {
                super.close();
                written[0] = toByteArray();
                store.run();
            }
        });
        lenient().doAnswer(i -> {
            try (InputStream in = i.<ContentReader>getArgument(0).getContentInputStream()) {
                written[0] = in.readAllBytes();
            }
            store.run();
            return null;
        }).when(writer).putContent(any(ContentReader.class));
        lenient().doAnswer(i -> {
            try (InputStream in = i.<InputStream>getArgument(0)) {
                written[0] = in.readAllBytes();
            }
            store.run();
            return null;
        }).when(writer).putContent(any(InputStream.class));
        lenient().when(writer.getReader()).thenAnswer(i -> reader(written[0], mimetype[0], url));
        lenient().when(writer.getContentData()).thenAnswer(i -> new ContentData(url, mimetype[0],
                written[0] == null ? 0 : written[0].length, "UTF-8"));
        return writer;
    }

    private ResultSet query(SearchParameters parameters) {
        String q = parameters.getQuery();
        queries.add(q);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("TYPE:\"vt:(\\w+)\" AND =vt:edxmlDocumentId:\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(q);
        List<NodeRef> found = new ArrayList<>();
        if (m.matches()) {
            QName type = QName.createQName(VanthuModel.NAMESPACE_URI, m.group(1));
            String id = m.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
            nodes.forEach((ref, n) -> {
                if (type.equals(n.type) && id.equals(n.props.get(VanthuModel.PROP_EDXML_DOCUMENT_ID))) {
                    found.add(ref);
                }
            });
        }
        ResultSet results = mock(ResultSet.class);
        lenient().when(results.getNodeRefs()).thenReturn(found.subList(0, Math.min(found.size(), parameters.getMaxItems())));
        return results;
    }

    /** Runs the callback once; when it throws, every node is put back as it was (a rollback). */
    final class RollingBackHelper extends RetryingTransactionHelper {
        @Override
        public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew) {
            Map<NodeRef, Node> saved = new LinkedHashMap<>();
            nodes.forEach((ref, n) -> saved.put(ref, n.copy()));
            transactions++;
            try {
                return super.doInTransaction(cb, readOnly, requiresNew);
            } catch (RuntimeException | Error e) {
                rollbacks++;
                nodes.clear();
                nodes.putAll(saved);
                throw e;
            }
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
