package vn.vanthu.signature;

import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.vanthu.signature.Modifications.Kind;
import vn.vanthu.signature.pdf.PdfObject;
import vn.vanthu.signature.pdf.PdfParseException;
import vn.vanthu.signature.pdf.PdfRevisions;
import vn.vanthu.signature.pdf.PdfSource;

/**
 * The difference analysis of the incremental updates after each signature (the approach of
 * pyHanko's difference analysis, on Vanthu's own reader {@link PdfRevisions}).
 *
 * <p>For a signature whose byte range ends before the end of the file, the signed revision is the
 * one whose %%EOF ends where the byte range ends. Every later revision must be a well-formed
 * incremental update: its xref sections and the objects it defines lie in its own bytes (an entry
 * pointing back into signed bytes would show other bytes than those signed), and nothing but
 * white space follows the last %%EOF. Each object the later xref sections define is then compared,
 * as it stands in the signed revision and in the final one, and classified by its role in the
 * signed revision (catalogue, AcroForm, field, widget appearance, page, annotation list, /DSS):
 * {@link Kind#LTV}, {@link Kind#SIGNATURE}, {@link Kind#FORM_FILL}, {@link Kind#ANNOTATION} or
 * {@link Kind#OTHER}; an object rewritten with the same content is no change. New objects are
 * judged through the existing objects that refer to them (a new field in /Fields, a new widget in
 * a page's /Annots, a new /DSS).
 *
 * <p>What is allowed: uncertified, a further signature and LTV data; certified (DocMDP)
 * {@code /P 1} only LTV data, {@code /P 2} also form filling and signing, {@code /P 3} also
 * annotations; fields locked by the signature (/Lock or a FieldMDP reference) must not change.
 * Only the xref sections and the objects they name (and the small structure of the signed
 * revision: page tree, form fields, annotations) are read, never the file as a whole.
 */
final class ModificationAnalysis {

    /** Objects visited at most when mapping the roles of a revision's objects. */
    private static final int MAX_WALK = 20_000;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_COMPARE = 4 * 1024 * 1024;
    private static final int MAX_LISTED = 6;
    /** Widget entries a signing tool may set on the empty signature field it signs into (besides /V, /AP). */
    private static final Set<String> SIGNING_KEYS = Set.of("Rect", "F", "P", "MK", "DA");
    /** Document information entries that saving tools rewrite on every save. */
    private static final Set<String> TOOL_INFO_KEYS = Set.of("ModDate", "Producer", "Creator");

    /** One signature to analyse. */
    record Target(SignatureReport report, long tokenOffset, long end) {
    }

    private enum Type {
        CATALOG, INFO, METADATA, ACROFORM, FORM_RESOURCES, FIELDS, FIELD, APPEARANCE, PAGES, PAGE, ANNOTS, ANNOTATION, CONTENT, RESOURCES, DSS
    }

    /** The role of an indirect object in a revision. */
    private record Role(Type type, int page, String field, boolean sig) {
    }

    /** What the walk of one revision found. */
    private static final class Roles {
        final Map<Integer, Role> byObject = new HashMap<>();
        final Map<String, Integer> fieldByName = new HashMap<>();
        int visited;
    }

    private final PdfRevisions revs;
    private final long size;
    private final Map<Integer, Roles> roles = new HashMap<>();

    private ModificationAnalysis(PdfRevisions revs, long size) {
        this.revs = revs;
        this.size = size;
    }

    /**
     * Analyses every target whose byte range ends before the end of the file, adding a reason and
     * the {@link Modifications} to its report; a target covering the whole file gets kind NONE.
     */
    static void run(SeekableByteChannel channel, long size, List<Target> targets) {
        run(() -> PdfRevisions.read(PdfSource.of(channel, size)).withoutLargeHexStrings(4096), size, targets);
    }

    /** Where the revisions come from: read on demand, or the reader the verifier already has (shared with the /DSS). */
    @FunctionalInterface
    interface Revisions {
        /** The revisions read without decoding large hex strings ({@link PdfRevisions#withoutLargeHexStrings}). */
        PdfRevisions get() throws PdfParseException;
    }

    /** As {@link #run(SeekableByteChannel, long, List)} on revisions read by {@code source} (only if some target needs them). */
    static void run(Revisions source, long size, List<Target> targets) {
        List<Target> later = new ArrayList<>();
        for (Target t : targets) {
            if (t.end() >= size) {
                t.report().modifications = new Modifications(List.of(), null, 0);
            } else {
                later.add(t);
            }
        }
        if (later.isEmpty()) {
            return;
        }
        PdfRevisions revs;
        try {
            // Signature values are neither needed nor compared by content here: not decoded (most of the time otherwise).
            revs = source.get();
        } catch (PdfParseException e) {
            for (Target t : later) {
                t.report().add(notCovered(size - t.end(), e.getMessage()));
            }
            return;
        }
        ModificationAnalysis a = new ModificationAnalysis(revs, size);
        for (Target t : later) {
            try {
                a.analyse(t);
            } catch (PdfParseException | RuntimeException e) {
                t.report().add(notCovered(size - t.end(), e.getMessage()));
            }
        }
    }

    private static Reason notCovered(long bytes, String why) {
        return Reason.of(Verdict.MODIFIED_AFTER_SIGNING, "NOT_COVERED",
                bytes + " bytes were added after the signature and are not a readable incremental update (" + why + ")",
                bytes + " byte đã được thêm vào sau chữ ký và không phải một bản cập nhật bổ sung đọc được (" + why + ")");
    }

    private static Reason notWellFormed(String en, String vi) {
        return Reason.of(Verdict.MODIFIED_AFTER_SIGNING, "UPDATE_NOT_WELL_FORMED",
                "the bytes after the signature are not a well-formed incremental update: " + en,
                "phần dữ liệu sau chữ ký không phải một bản cập nhật bổ sung hợp lệ: " + vi);
    }

    private void analyse(Target t) throws PdfParseException {
        SignatureReport rep = t.report();
        int s = revs.revisionEndingAt(t.end());
        if (s < 0) {
            rep.add(Reason.of(Verdict.MODIFIED_AFTER_SIGNING, "SIGNED_REVISION_NOT_FOUND",
                    "the signed bytes (up to byte " + t.end() + ") do not end with a revision of the file (an xref "
                            + "section and its %%EOF): the file was rearranged after signing",
                    "phần được ký (đến byte " + t.end() + ") không kết thúc bằng một phiên bản của tệp (bảng xref và "
                            + "%%EOF): tệp đã bị sắp xếp lại sau khi ký"));
            return;
        }
        int f = revs.revisionCount() - 1;
        String problem = wellFormed(s, f);
        if (problem != null) {
            String[] p = problem.split("\\|", 3);
            if (p.length == 3) {
                rep.add(Reason.of(Verdict.MODIFIED_AFTER_SIGNING, p[0], "bytes were added after the signature: " + p[1],
                        "dữ liệu đã được thêm vào sau chữ ký: " + p[2]));
            } else {
                rep.add(notWellFormed(p[0], p[1]));
            }
            return;
        }
        Permissions perm = permissions(s, revs.objectContaining(t.tokenOffset(), s));
        Differ d = new Differ(s, f, perm);
        d.run();
        Modifications m = new Modifications(d.changes, perm.rule(), f - s);
        rep.modifications = m;
        if (m.changes().isEmpty()) {
            rep.add(Reason.info("UPDATED_WITHOUT_CHANGES",
                    (f - s) + " incremental update(s) after the signature change no object",
                    (f - s) + " bản cập nhật bổ sung sau chữ ký không thay đổi đối tượng nào"));
        } else if (m.allowed()) {
            rep.add(Reason.info("ALLOWED_CHANGES_AFTER_SIGNING",
                    "added after signing, allowed (" + perm.rule() + "): " + list(m.changes(), false, true),
                    "được bổ sung sau khi ký, được phép (" + perm.ruleVi() + "): " + list(m.changes(), false, false)));
        } else {
            rep.add(Reason.of(Verdict.MODIFIED_AFTER_SIGNING, "CHANGED_AFTER_SIGNING",
                    "changed after signing beyond what is allowed (" + perm.rule() + "): " + list(m.changes(), true, true),
                    "bị thay đổi sau khi ký vượt quá mức được phép (" + perm.ruleVi() + "): "
                            + list(m.changes(), true, false)));
        }
    }

    private static String list(List<Modifications.Change> changes, boolean onlyDisallowed, boolean en) {
        List<String> out = new ArrayList<>();
        int more = 0;
        for (Modifications.Change c : changes) {
            if (onlyDisallowed && c.allowed()) {
                continue;
            }
            if (out.size() < MAX_LISTED) {
                out.add(en ? c.en() : c.vi());
            } else {
                more++;
            }
        }
        String s = String.join("; ", out);
        return more == 0 ? s : s + (en ? "; and " + more + " more" : "; và " + more + " thay đổi khác");
    }

    /** Null when revisions s+1..f are well-formed updates, else "en|vi". */
    private String wellFormed(int s, int f) throws PdfParseException {
        long lastEnd = revs.revision(f).end();
        if (lastEnd < 0) {
            return "the last cross-reference section is not followed by startxref and %%EOF"
                    + "|bảng xref cuối cùng không có startxref và %%EOF theo sau";
        }
        if (lastEnd < size && !whiteOnly(lastEnd, size)) {
            return "NOT_COVERED|" + (size - lastEnd) + " bytes follow the last %%EOF and belong to no revision|"
                    + (size - lastEnd) + " byte nằm sau dấu %%EOF cuối cùng, không thuộc phiên bản nào";
        }
        for (int r = s + 1; r <= f; r++) {
            PdfRevisions.Revision rv = revs.revision(r);
            long start = revs.revision(r - 1).end();
            if (rv.end() < 0 || rv.end() <= start) {
                return "revision " + r + " has no %%EOF after the previous one|phiên bản " + r
                        + " không có %%EOF sau phiên bản trước";
            }
            for (long x : rv.xrefOffsets()) {
                if (x < start || x >= rv.end()) {
                    return "the cross-reference section of revision " + r + " lies at byte " + x + ", outside its update "
                            + "(bytes " + start + "-" + rv.end() + ")|bảng xref của phiên bản " + r + " nằm ở byte " + x
                            + ", ngoài phần cập nhật (byte " + start + "-" + rv.end() + ")";
                }
            }
            for (PdfRevisions.XrefEntry e : revs.entriesOf(r)) {
                if (e.type() == 1 && (e.offsetOrStream() < start || e.offsetOrStream() >= rv.end())
                        && !e.equals(revs.entryAt(e.num(), r - 1))) {
                    return "revision " + r + " defines object " + e.num() + " at byte " + e.offsetOrStream()
                            + ", outside its own bytes (" + start + "-" + rv.end() + ")|phiên bản " + r
                            + " định nghĩa đối tượng " + e.num() + " ở byte " + e.offsetOrStream()
                            + ", ngoài phần dữ liệu của chính nó (" + start + "-" + rv.end() + ")";
                }
            }
        }
        return null;
    }

    private boolean whiteOnly(long from, long to) throws PdfParseException {
        if (to - from > 4096) {
            return false;
        }
        for (long p = from; p < to; p++) {
            int c = revs.byteAt(p);
            if (!(c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ permissions

    /** DocMDP level (0 uncertified) and the fields the signature locks. */
    private record Permissions(int p, boolean lockAll, Set<String> include, Set<String> exclude, boolean locked) {

        Set<Kind> allowedKinds() {
            return switch (p) {
                case 1 -> EnumSet.of(Kind.NONE, Kind.LTV);
                case 2 -> EnumSet.of(Kind.NONE, Kind.LTV, Kind.SIGNATURE, Kind.FORM_FILL);
                case 3 -> EnumSet.of(Kind.NONE, Kind.LTV, Kind.SIGNATURE, Kind.FORM_FILL, Kind.ANNOTATION);
                default -> EnumSet.of(Kind.NONE, Kind.LTV, Kind.SIGNATURE);
            };
        }

        boolean isLocked(String field) {
            if (!locked || field == null) {
                return false;
            }
            if (lockAll) {
                return true;
            }
            if (!include.isEmpty()) {
                return covered(include, field);
            }
            return !covered(exclude, field);
        }

        private static boolean covered(Set<String> names, String field) {
            for (String n : names) {
                if (field.equals(n) || field.startsWith(n + ".")) {
                    return true;
                }
            }
            return false;
        }

        String rule() {
            String base = p == 0 ? "uncertified: further signatures and LTV data only" : "certified P" + p
                    + (p == 1 ? ": no change but LTV data" : p == 2 ? ": form filling and signing" : ": form filling, "
                    + "signing and annotations");
            return locked ? base + ", with fields locked by the signature" : base;
        }

        String ruleVi() {
            String base = p == 0 ? "tài liệu không có chữ ký chứng nhận: chỉ được ký thêm và bổ sung dữ liệu LTV"
                    : "chữ ký chứng nhận P" + p + (p == 1 ? ": không được thay đổi, trừ dữ liệu LTV" : p == 2
                    ? ": được điền biểu mẫu và ký" : ": được điền biểu mẫu, ký và thêm chú thích");
            return locked ? base + ", có các trường bị chữ ký khóa" : base;
        }
    }

    private Permissions permissions(int s, int sigObject) throws PdfParseException {
        int p = 0;
        PdfObject.Dict cat = revs.catalog(s);
        if (cat != null && dict(cat.get("Perms"), s) instanceof PdfObject.Dict perms
                && dict(perms.get("DocMDP"), s) instanceof PdfObject.Dict cert) {
            p = 2;
            for (PdfObject.Dict ref : references(cert, s)) {
                if ("DocMDP".equals(ref.name("TransformMethod"))) {
                    PdfObject.Dict tp = asDict(ref.get("TransformParams"), s);
                    p = (int) clampP(tp == null ? 2 : tp.integer("P", 2));
                }
            }
        }
        boolean locked = false;
        boolean all = false;
        Set<String> include = new HashSet<>();
        Set<String> exclude = new HashSet<>();
        List<PdfObject.Dict> locks = new ArrayList<>();
        if (sigObject >= 0 && revs.resolve(new PdfObject.Ref(sigObject, 0), s) instanceof PdfObject.Dict sig) {
            for (PdfObject.Dict ref : references(sig, s)) {
                if ("FieldMDP".equals(ref.name("TransformMethod")) && dict(ref.get("TransformParams"), s) instanceof PdfObject.Dict tp) {
                    locks.add(tp);
                }
            }
            Roles r = roles(s);
            for (Map.Entry<String, Integer> fe : r.fieldByName.entrySet()) {
                if (revs.resolve(new PdfObject.Ref(fe.getValue(), gen(fe.getValue(), s)), s) instanceof PdfObject.Dict fd
                        && new PdfObject.Ref(sigObject, 0).equals(fd.get("V"))
                        && dict(fd.get("Lock"), s) instanceof PdfObject.Dict lock) {
                    locks.add(lock);
                }
            }
        }
        for (PdfObject.Dict l : locks) {
            locked = true;
            String action = l.name("Action");
            Set<String> names = new HashSet<>();
            if (revs.resolve(l.get("Fields"), s) instanceof PdfObject.Array a) {
                for (PdfObject o : a.items()) {
                    if (o instanceof PdfObject.Str str) {
                        names.add(text(str));
                    }
                }
            }
            if ("All".equals(action) || action == null) {
                all = true;
            } else if ("Include".equals(action)) {
                include.addAll(names);
            } else {
                exclude.addAll(names);
            }
            long lp = l.integer("P", 0);
            if (lp > 0) {
                p = p == 0 ? (int) clampP(lp) : Math.min(p, (int) clampP(lp));
            }
        }
        return new Permissions(p, all, include, exclude, locked);
    }

    private static long clampP(long p) {
        return Math.max(1, Math.min(3, p));
    }

    private List<PdfObject.Dict> references(PdfObject.Dict sig, int rev) throws PdfParseException {
        List<PdfObject.Dict> out = new ArrayList<>();
        if (revs.resolve(sig.get("Reference"), rev) instanceof PdfObject.Array a) {
            for (int i = 0; i < a.size() && i < 16; i++) {
                if (dict(a.get(i), rev) instanceof PdfObject.Dict d) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ roles of a revision's objects

    private Roles roles(int rev) throws PdfParseException {
        Roles r = roles.get(rev);
        if (r != null) {
            return r;
        }
        r = new Roles();
        PdfObject root = revs.trailer(rev).get("Root");
        PdfObject.Dict cat = asDict(root, rev);
        if (root instanceof PdfObject.Ref ref) {
            put(r, ref, new Role(Type.CATALOG, 0, null, false));
        }
        if (cat != null) {
            put(r, cat.get("Metadata"), new Role(Type.METADATA, 0, null, false));
            PdfObject af = cat.get("AcroForm");
            put(r, af, new Role(Type.ACROFORM, 0, null, false));
            if (dict(af, rev) instanceof PdfObject.Dict acro) {
                put(r, acro.get("Fields"), new Role(Type.FIELDS, 0, null, false));
                put(r, acro.get("DR"), new Role(Type.FORM_RESOURCES, 0, null, false));
                if (dict(acro.get("DR"), rev) instanceof PdfObject.Dict dr) {
                    put(r, dr.get("Font"), new Role(Type.FORM_RESOURCES, 0, null, false));
                }
                if (revs.resolve(acro.get("Fields"), rev) instanceof PdfObject.Array fields) {
                    for (PdfObject fo : fields.items()) {
                        walkField(r, fo, null, null, rev, 0);
                    }
                }
            }
            walkPages(r, cat.get("Pages"), rev, new int[1], 0, new HashSet<>());
            walkDss(r, cat.get("DSS"), rev, 0);
        }
        roles.put(rev, r);
        return r;
    }

    private void budget(Roles r) throws PdfParseException {
        if (++r.visited > MAX_WALK) {
            throw new PdfParseException("more than " + MAX_WALK + " objects in the document structure");
        }
    }

    private static void put(Roles r, PdfObject o, Role role) {
        if (o instanceof PdfObject.Ref ref) {
            r.byObject.putIfAbsent(ref.num(), role);
        }
    }

    private void walkField(Roles r, PdfObject fo, String parentName, String parentFt, int rev, int depth)
            throws PdfParseException {
        budget(r);
        if (depth > MAX_DEPTH || !(dict(fo, rev) instanceof PdfObject.Dict fd)) {
            return;
        }
        if (fo instanceof PdfObject.Ref ref && r.byObject.containsKey(ref.num())) {
            return; // a loop in the field tree
        }
        String t = fd.get("T") instanceof PdfObject.Str s ? text(s) : null;
        String name = t == null ? parentName : parentName == null ? t : parentName + "." + t;
        String ft = fd.name("FT") != null ? fd.name("FT") : parentFt;
        boolean sig = "Sig".equals(ft);
        Role role = new Role(Type.FIELD, 0, name, sig);
        put(r, fo, role);
        if (name != null && fo instanceof PdfObject.Ref ref) {
            r.fieldByName.putIfAbsent(name, ref.num());
        }
        appearances(r, fd, role, rev);
        if (revs.resolve(fd.get("Kids"), rev) instanceof PdfObject.Array kids) {
            for (PdfObject k : kids.items()) {
                walkField(r, k, name, ft, rev, depth + 1);
            }
        }
    }

    private void appearances(Roles r, PdfObject.Dict annot, Role owner, int rev) throws PdfParseException {
        PdfObject ap = annot.get("AP");
        Role role = new Role(Type.APPEARANCE, owner.page(), owner.field(), owner.sig());
        Role asAnnot = owner.type() == Type.ANNOTATION ? new Role(Type.ANNOTATION, owner.page(), null, false) : role;
        put(r, ap, asAnnot);
        if (dict(ap, rev) instanceof PdfObject.Dict apd) {
            for (PdfObject v : apd.entries().values()) {
                put(r, v, asAnnot);
                if (!(v instanceof PdfObject.Ref) || revs.resolve(v, rev) instanceof PdfObject.Dict) {
                    if (dict(v, rev) instanceof PdfObject.Dict states) {
                        for (PdfObject st : states.entries().values()) {
                            put(r, st, asAnnot);
                        }
                    }
                }
            }
        }
    }

    private void walkPages(Roles r, PdfObject node, int rev, int[] count, int depth, Set<Integer> seen)
            throws PdfParseException {
        budget(r);
        if (depth > MAX_DEPTH || !(dict(node, rev) instanceof PdfObject.Dict nd)) {
            return;
        }
        if (node instanceof PdfObject.Ref ref && !seen.add(ref.num())) {
            return;
        }
        if (revs.resolve(nd.get("Kids"), rev) instanceof PdfObject.Array kids && !"Page".equals(nd.name("Type"))) {
            put(r, node, new Role(Type.PAGES, 0, null, false));
            put(r, nd.get("Kids"), new Role(Type.PAGES, 0, null, false));
            for (PdfObject k : kids.items()) {
                walkPages(r, k, rev, count, depth + 1, seen);
            }
            return;
        }
        int page = ++count[0];
        put(r, node, new Role(Type.PAGE, page, null, false));
        put(r, nd.get("Contents"), new Role(Type.CONTENT, page, null, false));
        if (revs.resolve(nd.get("Contents"), rev) instanceof PdfObject.Array parts) {
            for (PdfObject c : parts.items()) {
                put(r, c, new Role(Type.CONTENT, page, null, false));
            }
        }
        put(r, nd.get("Resources"), new Role(Type.RESOURCES, page, null, false));
        put(r, nd.get("Annots"), new Role(Type.ANNOTS, page, null, false));
        if (revs.resolve(nd.get("Annots"), rev) instanceof PdfObject.Array annots) {
            for (PdfObject a : annots.items()) {
                budget(r);
                if (a instanceof PdfObject.Ref ref && r.byObject.containsKey(ref.num())) {
                    continue; // a widget already known from the fields
                }
                if (dict(a, rev) instanceof PdfObject.Dict ad) {
                    Role role = "Widget".equals(ad.name("Subtype"))
                            ? new Role(Type.FIELD, page, null, false)
                            : new Role(Type.ANNOTATION, page, null, false);
                    put(r, a, role);
                    appearances(r, ad, role, rev);
                }
            }
        }
    }

    private void walkDss(Roles r, PdfObject o, int rev, int depth) throws PdfParseException {
        budget(r);
        if (depth > 6 || o == null) {
            return;
        }
        if (o instanceof PdfObject.Ref ref) {
            if (r.byObject.containsKey(ref.num())) {
                return;
            }
            put(r, o, new Role(Type.DSS, 0, null, false));
        }
        PdfObject v = revs.resolve(o, rev);
        if (v instanceof PdfObject.Dict d) {
            for (PdfObject x : d.entries().values()) {
                walkDss(r, x, rev, depth + 1);
            }
        } else if (v instanceof PdfObject.Array a) {
            for (PdfObject x : a.items()) {
                walkDss(r, x, rev, depth + 1);
            }
        }
    }

    // ------------------------------------------------------------------ the comparison

    /** Compares revision s with revision f and collects the changes. */
    private final class Differ {
        final int s;
        final int f;
        final Permissions perm;
        final Set<Kind> allowedKinds;
        final List<Modifications.Change> changes = new ArrayList<>();
        Roles old;

        Differ(int s, int f, Permissions perm) {
            this.s = s;
            this.f = f;
            this.perm = perm;
            this.allowedKinds = perm.allowedKinds();
        }

        void run() throws PdfParseException {
            old = roles(s);
            Set<Integer> nums = new LinkedHashSet<>();
            for (int r = s + 1; r <= f; r++) {
                for (PdfRevisions.XrefEntry e : revs.entriesOf(r)) {
                    if (e.num() > 0) {
                        nums.add(e.num());
                    }
                }
            }
            Object oldRoot = revs.trailer(s).get("Root");
            Object newRoot = revs.trailer(f).get("Root");
            if (!Objects.equals(oldRoot, newRoot)) {
                add(Kind.OTHER, List.of(), 0, null, "the trailer's /Root now points to another catalogue (" + newRoot + ")",
                        "/Root của trailer nay trỏ tới một danh mục (catalog) khác (" + newRoot + ")");
            }
            trailer();
            for (int num : nums) {
                PdfRevisions.XrefEntry oe = revs.entryAt(num, s);
                PdfRevisions.XrefEntry ne = revs.entryAt(num, f);
                boolean existed = oe != null && oe.type() != 0;
                boolean exists = ne != null && ne.type() != 0;
                if (!existed) {
                    continue; // new objects are judged where existing objects refer to them
                }
                PdfObject o = revs.resolve(new PdfObject.Ref(num, gen(oe)), s);
                if (!exists) {
                    if (o != null) {
                        add(Kind.OTHER, List.of(num), pageOf(num), null, "object " + num + " was deleted",
                                "đối tượng " + num + " bị xóa");
                    }
                    continue;
                }
                if (gen(oe) != gen(ne)) {
                    add(Kind.OTHER, List.of(num), pageOf(num), null, "object " + num + " was replaced by a new generation",
                            "đối tượng " + num + " bị thay bằng một thế hệ (generation) mới");
                    continue;
                }
                PdfObject n = revs.resolve(new PdfObject.Ref(num, gen(ne)), f);
                if (same(o, n)) {
                    continue;
                }
                if (n instanceof PdfObject.Stream ns && "XRef".equals(ns.dict().name("Type"))) {
                    add(Kind.OTHER, List.of(num), 0, null, "object " + num + " was overwritten by an xref stream",
                            "đối tượng " + num + " bị ghi đè bằng một luồng xref");
                    continue;
                }
                classify(num, o, n);
            }
        }

        /** Trailer entries: /Info and /Encrypt must stay (the xref keys /Size, /Prev, /ID, /XRefStm, /W... may change). */
        private void trailer() throws PdfParseException {
            PdfObject.Dict ot = revs.trailer(s);
            PdfObject.Dict nt = revs.trailer(f);
            for (String key : List.of("Info", "Encrypt")) {
                PdfObject ov = ot.get(key);
                PdfObject nv = nt.get(key);
                if (Objects.equals(ov, nv) || same(revs.resolve(ov, s), revs.resolve(nv, f))) {
                    continue;
                }
                if (key.equals("Info") && nv != null) {
                    PdfObject.Dict oi = asDict(ov, s);
                    PdfObject.Dict ni = asDict(nv, f);
                    if (ni != null) {
                        info(nv instanceof PdfObject.Ref r ? r.num() : 0, oi == null ? new PdfObject.Dict(Map.of()) : oi, ni);
                        continue;
                    }
                }
                add(Kind.OTHER, nv instanceof PdfObject.Ref r ? List.of(r.num()) : List.of(), 0, null,
                        "the trailer's /" + key + (key.equals("Info") ? " (document information: title, author...)" : "")
                                + " changed", "mục /" + key + " của trailer" + (key.equals("Info")
                                ? " (thông tin tài liệu: tiêu đề, tác giả...)" : "") + " bị thay đổi");
            }
            if (ot.get("Info") instanceof PdfObject.Ref info) {
                old.byObject.putIfAbsent(info.num(), new Role(Type.INFO, 0, null, false));
            }
        }

        /**
         * The document information dictionary: the dates and names a saving tool writes (/ModDate,
         * /Producer, /Creator) may change (tools update them when they add LTV data or a signature);
         * the title, author, subject, keywords and anything else may not.
         */
        private void info(int num, PdfObject.Dict od, PdfObject.Dict nd) throws PdfParseException {
            Set<String> keys = changedKeys(od, nd);
            List<Integer> objs = num > 0 ? List.of(num) : List.of();
            if (TOOL_INFO_KEYS.containsAll(keys)) {
                add(Kind.LTV, objs, 0, null, "document information " + keys + " updated by the saving tool",
                        "thông tin tài liệu " + keys + " được công cụ lưu tệp cập nhật");
            } else {
                keys.removeAll(TOOL_INFO_KEYS);
                add(Kind.OTHER, objs, 0, null, "the document information (/Info) changed: " + keys,
                        "thông tin tài liệu (/Info) bị thay đổi: " + keys);
            }
        }

        /** The catalogue's XMP /Metadata stream rewritten (tools update its dates); anything else in its place is a change. */
        private void metadata(int num, PdfObject n) {
            if (n instanceof PdfObject.Stream st && "XML".equals(st.dict().name("Subtype"))) {
                add(Kind.LTV, List.of(num), 0, null, "the XMP metadata stream was rewritten (object " + num + ")",
                        "luồng siêu dữ liệu XMP được ghi lại (đối tượng " + num + ")");
            } else {
                add(Kind.OTHER, List.of(num), 0, null, "the catalogue's /Metadata was replaced by something else than an "
                        + "XMP stream (object " + num + ")", "mục /Metadata của danh mục bị thay bằng đối tượng không phải "
                        + "luồng XMP (đối tượng " + num + ")");
            }
        }

        private int pageOf(int num) {
            Role r = old.byObject.get(num);
            return r == null ? 0 : r.page();
        }

        void add(Kind kind, List<Integer> objects, int page, String field, String en, String vi) {
            boolean lockedField = kind != Kind.OTHER && perm.isLocked(field);
            boolean ok = allowedKinds.contains(kind) && !lockedField;
            if (lockedField) {
                en += " (the field is locked by the signature)";
                vi += " (trường này bị chữ ký khóa)";
            }
            changes.add(new Modifications.Change(kind, objects, page, en, vi, ok));
        }

        private void classify(int num, PdfObject o, PdfObject n) throws PdfParseException {
            Role role = old.byObject.get(num);
            Type type = role == null ? null : role.type();
            if (type == Type.CATALOG && o instanceof PdfObject.Dict od && n instanceof PdfObject.Dict nd) {
                catalog(num, od, nd);
            } else if (type == Type.ACROFORM && o instanceof PdfObject.Dict od && n instanceof PdfObject.Dict nd) {
                acroForm(num, od, nd);
            } else if (type == Type.FORM_RESOURCES && o instanceof PdfObject.Dict od && n instanceof PdfObject.Dict nd) {
                formResources(num, od, nd);
            } else if (type == Type.FIELDS && o instanceof PdfObject.Array oa && n instanceof PdfObject.Array na) {
                fields(num, oa, na);
            } else if (type == Type.INFO && o instanceof PdfObject.Dict od && n instanceof PdfObject.Dict nd) {
                info(num, od, nd);
            } else if (type == Type.METADATA) {
                metadata(num, n);
            } else if (type == Type.FIELD && o instanceof PdfObject.Dict od && n instanceof PdfObject.Dict nd) {
                field(num, role, od, nd);
            } else if (type == Type.PAGE && o instanceof PdfObject.Dict od && n instanceof PdfObject.Dict nd) {
                page(num, role.page(), od, nd);
            } else if (type == Type.ANNOTS && o instanceof PdfObject.Array oa && n instanceof PdfObject.Array na) {
                annots(num, role.page(), oa, na);
            } else if (type == Type.APPEARANCE) {
                Kind k = role.sig() ? Kind.SIGNATURE : Kind.FORM_FILL;
                add(k, List.of(num), role.page(), role.field(), "appearance of field " + label(role.field()) + " (object "
                        + num + ")", "hình thức hiển thị của trường " + label(role.field()) + " (đối tượng " + num + ")");
            } else if (type == Type.ANNOTATION) {
                add(Kind.ANNOTATION, List.of(num), role.page(), null, "annotation object " + num + " changed"
                        + onPage(role.page(), true), "đối tượng chú thích " + num + " bị thay đổi" + onPage(role.page(), false));
            } else if (type == Type.DSS) {
                add(Kind.LTV, List.of(num), 0, null, "/DSS object " + num + " (LTV data)",
                        "đối tượng /DSS " + num + " (dữ liệu LTV)");
            } else {
                other(num, role, n);
            }
        }

        private void other(int num, Role role, PdfObject n) {
            String what;
            String whatVi;
            int page = role == null ? 0 : role.page();
            Type type = role == null ? null : role.type();
            if (type == Type.CONTENT) {
                what = "the content stream of page " + page;
                whatVi = "luồng nội dung của trang " + page;
            } else if (type == Type.RESOURCES) {
                what = "the resources of page " + page;
                whatVi = "tài nguyên của trang " + page;
            } else if (type == Type.INFO) {
                what = "the document information (/Info: title, author...)";
                whatVi = "thông tin tài liệu (/Info: tiêu đề, tác giả...)";
            } else if (type == Type.PAGES) {
                what = "the page tree";
                whatVi = "cây trang";
            } else if (type != null) {
                what = "a " + type.name().toLowerCase() + " object";
                whatVi = "một đối tượng " + type.name().toLowerCase();
            } else {
                String t = n instanceof PdfObject.Dict d ? d.name("Type") : n instanceof PdfObject.Stream st
                        ? st.dict().name("Type") : null;
                String kind = n instanceof PdfObject.Stream ? "stream" : n instanceof PdfObject.Dict ? "dictionary"
                        : "object";
                what = kind + (t == null ? "" : " /Type /" + t);
                whatVi = (n instanceof PdfObject.Stream ? "luồng" : n instanceof PdfObject.Dict ? "từ điển" : "đối tượng")
                        + (t == null ? "" : " /Type /" + t);
            }
            add(Kind.OTHER, List.of(num), page, null, what + " changed (object " + num + ")",
                    whatVi + " bị thay đổi (đối tượng " + num + ")");
        }

        private void catalog(int num, PdfObject.Dict od, PdfObject.Dict nd) throws PdfParseException {
            for (String key : changedKeys(od, nd)) {
                PdfObject ov = od.get(key);
                PdfObject nv = nd.get(key);
                switch (key) {
                    case "DSS" -> add(Kind.LTV, List.of(num), 0, null, "a /DSS dictionary (LTV data: certificates, CRLs, "
                            + "OCSP responses)", "từ điển /DSS (dữ liệu LTV: chứng thư số, CRL, phản hồi OCSP)");
                    case "Metadata" -> {
                        PdfObject m = revs.resolve(nv, f);
                        if (m == null) {
                            add(Kind.OTHER, List.of(num), 0, null, "the catalogue's /Metadata was removed",
                                    "mục /Metadata của danh mục bị xóa");
                        } else {
                            metadata(nv instanceof PdfObject.Ref r ? r.num() : num, m);
                        }
                    }
                    case "Extensions" -> add(Kind.LTV, List.of(num), 0, null, "the catalogue's /Extensions",
                            "mục /Extensions của danh mục");
                    case "AcroForm" -> {
                        PdfObject.Dict oa = asDict(ov, s);
                        PdfObject.Dict na = asDict(nv, f);
                        if (na == null) {
                            add(Kind.OTHER, List.of(num), 0, null, "the form (/AcroForm) was removed",
                                    "biểu mẫu (/AcroForm) bị xóa");
                        } else if (oa == null || ov instanceof PdfObject.Dict || !Objects.equals(ov, nv)) {
                            acroForm(num, oa == null ? new PdfObject.Dict(Map.of()) : oa, na);
                        }
                    }
                    default -> add(Kind.OTHER, List.of(num), 0, null, "the catalogue's /" + key + " changed (object "
                            + num + ")", "mục /" + key + " của danh mục (catalog) bị thay đổi (đối tượng " + num + ")");
                }
            }
        }

        private void acroForm(int num, PdfObject.Dict od, PdfObject.Dict nd) throws PdfParseException {
            for (String key : changedKeys(od, nd)) {
                PdfObject ov = od.get(key);
                PdfObject nv = nd.get(key);
                switch (key) {
                    case "Fields" -> {
                        if (ov instanceof PdfObject.Ref && Objects.equals(ov, nv)) {
                            continue;
                        }
                        PdfObject oa = revs.resolve(ov, s);
                        PdfObject na = revs.resolve(nv, f);
                        fields(num, oa instanceof PdfObject.Array a ? a : new PdfObject.Array(List.of()),
                                na instanceof PdfObject.Array b ? b : new PdfObject.Array(List.of()));
                    }
                    case "SigFlags" -> add(Kind.SIGNATURE, List.of(num), 0, null, "the form's /SigFlags",
                            "mục /SigFlags của biểu mẫu");
                    case "NeedAppearances" -> add(Kind.FORM_FILL, List.of(num), 0, null, "the form's /NeedAppearances",
                            "mục /NeedAppearances của biểu mẫu");
                    case "DR", "DA" -> {
                        if (key.equals("DR") && ov instanceof PdfObject.Dict odr && nv instanceof PdfObject.Dict ndr) {
                            formResources(num, odr, ndr);
                        } else if (ov == null) {
                            add(Kind.SIGNATURE, List.of(num), 0, null, "default form resources /" + key + " added",
                                    "tài nguyên mặc định /" + key + " của biểu mẫu được thêm");
                        } else {
                            add(Kind.OTHER, List.of(num), 0, null, "the form's default /" + key + " changed (fonts of "
                                    + "the fields)", "mục /" + key + " mặc định của biểu mẫu bị thay đổi (phông chữ của các trường)");
                        }
                    }
                    default -> add(Kind.OTHER, List.of(num), 0, null, "the form's /" + key + " changed",
                            "mục /" + key + " của biểu mẫu bị thay đổi");
                }
            }
        }

        /**
         * The form's default resources (/DR, its /Font): fonts may be added (writers add the fonts of
         * the appearances they make), but an existing entry must not change: a changed font changes
         * how the fields already filled in look (a shadow "replace" attack).
         */
        private void formResources(int num, PdfObject.Dict od, PdfObject.Dict nd) throws PdfParseException {
            if (additive(od, nd, 0)) {
                add(Kind.SIGNATURE, List.of(num), 0, null, "fonts added to the form's default resources (/DR)",
                        "phông chữ được thêm vào tài nguyên mặc định của biểu mẫu (/DR)");
            } else {
                add(Kind.OTHER, List.of(num), 0, null, "an existing entry of the form's default resources (/DR) changed "
                        + "(object " + num + ")", "một mục có sẵn trong tài nguyên mặc định của biểu mẫu (/DR) bị thay đổi "
                        + "(đối tượng " + num + ")");
            }
        }

        /** True when {@code nd} keeps every entry of {@code od} unchanged (sub-dictionaries may grow too). */
        private boolean additive(PdfObject.Dict od, PdfObject.Dict nd, int depth) throws PdfParseException {
            for (Map.Entry<String, PdfObject> e : od.entries().entrySet()) {
                PdfObject nv = nd.get(e.getKey());
                if (Objects.equals(e.getValue(), nv)) {
                    continue;
                }
                if (depth > 2 || nv == null) {
                    return false;
                }
                PdfObject.Dict a = asDict(e.getValue(), s);
                PdfObject.Dict b = asDict(nv, f);
                if (a == null || b == null || !additive(a, b, depth + 1)) {
                    return false;
                }
            }
            return true;
        }

        private void fields(int num, PdfObject.Array oa, PdfObject.Array na) throws PdfParseException {
            Set<PdfObject> before = new HashSet<>(oa.items());
            Set<PdfObject> after = new HashSet<>(na.items());
            for (PdfObject x : oa.items()) {
                if (!after.contains(x)) {
                    add(Kind.OTHER, List.of(num), 0, null, "form field " + x + " was removed from /Fields",
                            "trường biểu mẫu " + x + " bị xóa khỏi /Fields");
                }
            }
            for (PdfObject x : na.items()) {
                if (!before.contains(x)) {
                    newField(num, x);
                }
            }
        }

        /** A field added to /Fields: a signature field (or document timestamp) is a further signature. */
        private void newField(int holder, PdfObject x) throws PdfParseException {
            List<Integer> objs = x instanceof PdfObject.Ref r ? List.of(holder, r.num()) : List.of(holder);
            PdfObject.Dict fd = asDict(x, f);
            if (fd == null) {
                add(Kind.OTHER, objs, 0, null, "an unreadable entry " + x + " was added to the form's /Fields",
                        "một mục không đọc được " + x + " được thêm vào /Fields của biểu mẫu");
                return;
            }
            String name = fd.get("T") instanceof PdfObject.Str t ? text(t) : String.valueOf(x);
            if ("Sig".equals(fieldType(fd, f))) {
                if (isDocTimestamp(fd.get("V"))) {
                    add(Kind.LTV, objs, 0, null, "a document timestamp in new field " + label(name),
                            "dấu thời gian tài liệu trong trường mới " + label(name));
                } else {
                    add(Kind.SIGNATURE, objs, 0, null, "a new signature field " + label(name),
                            "trường chữ ký mới " + label(name));
                }
            } else {
                add(Kind.OTHER, objs, 0, null, "a new form field " + label(name) + " that is not a signature field",
                        "trường biểu mẫu mới " + label(name) + " không phải trường chữ ký");
            }
        }

        private boolean isDocTimestamp(PdfObject v) throws PdfParseException {
            PdfObject.Dict d = asDict(v, f);
            return d != null && ("DocTimeStamp".equals(d.name("Type")) || "ETSI.RFC3161".equals(d.name("SubFilter")));
        }

        private String fieldType(PdfObject.Dict fd, int rev) throws PdfParseException {
            PdfObject.Dict d = fd;
            for (int i = 0; i < MAX_DEPTH && d != null; i++) {
                if (d.name("FT") != null) {
                    return d.name("FT");
                }
                d = asDict(d.get("Parent"), rev);
            }
            return null;
        }

        private void field(int num, Role role, PdfObject.Dict od, PdfObject.Dict nd) throws PdfParseException {
            String name = role.field();
            boolean sig = role.sig() || "Sig".equals(fieldType(nd, f));
            boolean signing = sig && od.get("V") == null && nd.get("V") != null;
            for (String key : changedKeys(od, nd)) {
                if (signing && SIGNING_KEYS.contains(key)) {
                    add(Kind.SIGNATURE, List.of(num), role.page(), name, "/" + key + " of the signature field "
                            + label(name) + " set when it was signed", "mục /" + key + " của trường chữ ký " + label(name)
                            + " được đặt khi ký");
                    continue;
                }
                switch (key) {
                    case "V" -> {
                        if (sig && od.get("V") == null) {
                            boolean ts = isDocTimestamp(nd.get("V"));
                            add(ts ? Kind.LTV : Kind.SIGNATURE, List.of(num), role.page(), name,
                                    (ts ? "a document timestamp" : "a signature") + " in the empty signature field "
                                            + label(name), (ts ? "dấu thời gian tài liệu" : "chữ ký")
                                            + " trong trường chữ ký trống " + label(name));
                        } else if (sig) {
                            add(Kind.OTHER, List.of(num), role.page(), name, "the signature of field " + label(name)
                                    + " was replaced", "chữ ký của trường " + label(name) + " bị thay thế");
                        } else {
                            add(Kind.FORM_FILL, List.of(num), role.page(), name, "value of field " + label(name),
                                    "giá trị của trường " + label(name));
                        }
                    }
                    case "AP", "AS", "M" -> add(sig ? Kind.SIGNATURE : Kind.FORM_FILL, List.of(num), role.page(), name,
                            "appearance of field " + label(name), "hình thức hiển thị của trường " + label(name));
                    default -> add(Kind.OTHER, List.of(num), role.page(), null, "/" + key + " of field " + label(name)
                            + " changed (object " + num + ")", "mục /" + key + " của trường " + label(name)
                            + " bị thay đổi (đối tượng " + num + ")");
                }
            }
        }

        private void page(int num, int page, PdfObject.Dict od, PdfObject.Dict nd) throws PdfParseException {
            for (String key : changedKeys(od, nd)) {
                if (key.equals("Annots")) {
                    PdfObject ov = od.get(key);
                    PdfObject nv = nd.get(key);
                    if (ov instanceof PdfObject.Ref && Objects.equals(ov, nv)) {
                        continue;
                    }
                    PdfObject oa = revs.resolve(ov, s);
                    PdfObject na = revs.resolve(nv, f);
                    annots(num, page, oa instanceof PdfObject.Array a ? a : new PdfObject.Array(List.of()),
                            na instanceof PdfObject.Array b ? b : new PdfObject.Array(List.of()));
                } else {
                    add(Kind.OTHER, List.of(num), page, null, "/" + key + " of page " + page + " changed (object " + num
                            + ")", "mục /" + key + " của trang " + page + " bị thay đổi (đối tượng " + num + ")");
                }
            }
        }

        private void annots(int num, int page, PdfObject.Array oa, PdfObject.Array na) throws PdfParseException {
            Set<PdfObject> before = new HashSet<>(oa.items());
            Set<PdfObject> after = new HashSet<>(na.items());
            for (PdfObject x : oa.items()) {
                if (!after.contains(x)) {
                    PdfObject.Dict d = asDict(x, s);
                    boolean widget = d != null && "Widget".equals(d.name("Subtype"));
                    add(widget ? Kind.OTHER : Kind.ANNOTATION, objs(num, x), page, null,
                            (widget ? "a form field widget was removed from page " : "an annotation was removed from page ")
                                    + page, (widget ? "một ô của trường biểu mẫu bị xóa khỏi trang " : "một chú thích bị xóa khỏi trang ")
                                    + page);
                }
            }
            for (PdfObject x : na.items()) {
                if (before.contains(x)) {
                    continue;
                }
                PdfObject.Dict d = asDict(x, f);
                if (d == null) {
                    add(Kind.OTHER, objs(num, x), page, null, "an unreadable annotation was added to page " + page,
                            "một chú thích không đọc được được thêm vào trang " + page);
                } else if ("Widget".equals(d.name("Subtype"))) {
                    if ("Sig".equals(fieldType(d, f))) {
                        boolean ts = isDocTimestamp(fieldValue(d));
                        add(ts ? Kind.LTV : Kind.SIGNATURE, objs(num, x), page, null,
                                (ts ? "the widget of a document timestamp on page " : "a signature widget on page ") + page,
                                (ts ? "ô của dấu thời gian tài liệu trên trang " : "ô chữ ký trên trang ") + page);
                    } else {
                        add(Kind.OTHER, objs(num, x), page, null, "a form field widget that is not a signature was added "
                                + "to page " + page, "một ô trường biểu mẫu không phải chữ ký được thêm vào trang " + page);
                    }
                } else {
                    String sub = d.name("Subtype");
                    add(Kind.ANNOTATION, objs(num, x), page, null, "a /" + sub + " annotation was added to page " + page,
                            "chú thích /" + sub + " được thêm vào trang " + page);
                }
            }
        }

        private PdfObject fieldValue(PdfObject.Dict widget) throws PdfParseException {
            PdfObject.Dict d = widget;
            for (int i = 0; i < MAX_DEPTH && d != null; i++) {
                if (d.get("V") != null) {
                    return d.get("V");
                }
                d = asDict(d.get("Parent"), f);
            }
            return null;
        }

        private List<Integer> objs(int holder, PdfObject x) {
            return x instanceof PdfObject.Ref r ? List.of(holder, r.num()) : List.of(holder);
        }

        private String onPage(int page, boolean en) {
            return page <= 0 ? "" : en ? " on page " + page : " trên trang " + page;
        }

        private Set<String> changedKeys(PdfObject.Dict od, PdfObject.Dict nd) throws PdfParseException {
            Set<String> keys = new LinkedHashSet<>(od.entries().keySet());
            keys.addAll(nd.entries().keySet());
            keys.removeIf(k -> Objects.equals(od.get(k), nd.get(k)));
            // A direct stream or dictionary rewritten with the same content is no change.
            Set<String> out = new LinkedHashSet<>();
            for (String k : keys) {
                if (!same(od.get(k), nd.get(k))) {
                    out.add(k);
                }
            }
            return out;
        }
    }

    private static String label(String field) {
        return field == null ? "(unnamed)" : "\"" + field + "\"";
    }

    private int gen(int num, int rev) {
        PdfRevisions.XrefEntry e = revs.entryAt(num, rev);
        return gen(e);
    }

    private static int gen(PdfRevisions.XrefEntry e) {
        return e == null || e.type() != 1 ? 0 : e.genOrIndex();
    }

    /** {@code o} resolved, for an instanceof test. */
    private PdfObject dict(PdfObject o, int rev) throws PdfParseException {
        return revs.resolve(o, rev);
    }

    private PdfObject.Dict asDict(PdfObject o, int rev) throws PdfParseException {
        return revs.resolve(o, rev) instanceof PdfObject.Dict d ? d : null;
    }

    /** Structural equality; two streams are the same when their dictionaries and raw bytes are. */
    private boolean same(PdfObject a, PdfObject b) throws PdfParseException {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a instanceof PdfObject.Stream x && b instanceof PdfObject.Stream y) {
            if (x.length() != y.length() || x.length() > MAX_COMPARE || !sameDict(x.dict(), y.dict())) {
                return false;
            }
            return Arrays.equals(revs.streamData(x, MAX_COMPARE), revs.streamData(y, MAX_COMPARE));
        }
        return false;
    }

    /** Equal dictionaries but for an indirect /Length (its object number may differ between writers). */
    private static boolean sameDict(PdfObject.Dict x, PdfObject.Dict y) {
        if (x.equals(y)) {
            return true;
        }
        Map<String, PdfObject> a = new HashMap<>(x.entries());
        Map<String, PdfObject> b = new HashMap<>(y.entries());
        a.remove("Length");
        b.remove("Length");
        return a.equals(b);
    }

    /** A field name or lock entry: UTF-16BE with a byte order mark, else ISO-8859-1 (compared, never shown decoded wrongly). */
    private static String text(PdfObject.Str s) {
        byte[] b = s.bytes();
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
