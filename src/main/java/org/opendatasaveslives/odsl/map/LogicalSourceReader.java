package org.opendatasaveslives.odsl.map;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * Reads a triples map's logical source and its source description (RML-IO: path and root, reference formulation and
 * iterator, encoding, compression, null values, CSVW dialect) into a {@link LogicalSourceDef}.
 */
final class LogicalSourceReader {
    private final MappingGraph mg;

    LogicalSourceReader(MappingGraph mg) {
        this.mg = mg;
    }

    /** The logical source of the triples map {@code tmNode}, with its source description. */
    LogicalSourceDef read(Node tmNode, TriplesMapPlan tm) throws MappingException {
        Node ls = mg.one(tmNode, Rml.logicalSource, tm, "rml:logicalSource");
        if (ls == null) {
            throw mg.err(tm, "rml:logicalSource", "the triples map has no logical source");
        }
        Node src = mg.one(ls, Rml.source, tm, "rml:logicalSource/rml:source");
        if (src == null) {
            throw mg.err(tm, "rml:logicalSource/rml:source", "the logical source has no rml:source");
        }
        Path mappingDir = mg.file.toAbsolutePath().getParent();
        String pathText;
        Path root = mappingDir;
        Charset encoding = StandardCharsets.UTF_8;
        String compression = null;
        Set<String> nulls = null;
        CsvDialect csv = CsvDialect.DEFAULT;
        if (src.isLiteral()) {
            pathText = src.getLiteralLexicalForm();
        } else {
            encoding = encoding(src, tm);
            compression = compression(src, tm);
            try {
                csv = CsvDialect.of(mg.g, src);
            } catch (CsvDialect.Invalid e) {
                throw mg.err(tm, "rml:source/" + e.property, e.getMessage());
            }
            List<Node> nullValues = mg.objs(src, Rml.nullValue);
            if (!nullValues.isEmpty()) {
                nulls = new HashSet<>();
                for (Node v : nullValues) {
                    nulls.add(mg.text(v, tm, "rml:source/rml:null"));
                }
            }
            Node p = mg.one(src, Rml.path, tm, "rml:source/rml:path");
            if (p == null || !p.isLiteral()) {
                throw mg.err(tm, "rml:logicalSource/rml:source", "only local files are supported: the source needs an"
                        + " rml:path (an rml:RelativePathSource)");
            }
            pathText = p.getLiteralLexicalForm();
            Node r = mg.one(src, Rml.root, tm, "rml:source/rml:root");
            if (r != null) {
                if (r.equals(Rml.CurrentWorkingDirectory)) {
                    root = Path.of("").toAbsolutePath();
                } else if (r.equals(Rml.MappingDirectory)) {
                    root = mappingDir;
                } else if (r.isLiteral()) {
                    root = mappingDir.resolve(r.getLiteralLexicalForm());
                } else {
                    throw mg.err(tm, "rml:source/rml:root", "unknown root " + mg.label(r)
                            + " (expected rml:MappingDirectory or rml:CurrentWorkingDirectory)");
                }
            }
        }
        Node rf = mg.one(ls, Rml.referenceFormulation, tm, "rml:logicalSource/rml:referenceFormulation");
        String formulation;
        if (rf == null) {
            String lower = pathText.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".csv") || lower.endsWith(".csv.gz")) {
                formulation = "CSV";
            } else if (lower.endsWith(".json") || lower.endsWith(".json.gz")) {
                formulation = "JSONPath";
            } else {
                throw mg.err(tm, "rml:logicalSource/rml:referenceFormulation", "no rml:referenceFormulation and the"
                        + " file name does not tell (.csv or .json)");
            }
        } else if (rf.equals(Rml.CSV)) {
            formulation = "CSV";
        } else if (rf.equals(Rml.JSONPath)) {
            formulation = "JSONPath";
        } else {
            throw mg.err(tm, "rml:logicalSource/rml:referenceFormulation", "unsupported reference formulation "
                    + mg.label(rf) + " (supported: rml:CSV, rml:JSONPath)");
        }
        Node it = mg.one(ls, Rml.iterator, tm, "rml:logicalSource/rml:iterator");
        String iterator = it == null ? null : it.isLiteral() ? it.getLiteralLexicalForm() : null;
        if ("JSONPath".equals(formulation) && iterator == null) {
            iterator = "$";
        }
        String iriName = null;
        if (ls.isURI()) {
            String u = ls.getURI();
            int cut = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
            iriName = u.substring(cut + 1);
        }
        return new LogicalSourceDef(pathText, root.resolve(pathText).normalize(), formulation, iterator, iriName,
                encoding, compression, nulls, csv);
    }

    /** rml:encoding: an rml: term named after the charset (rml:UTF-8, rml:UTF-16) or its name as a string. */
    private Charset encoding(Node src, TriplesMapPlan tm) throws MappingException {
        Node e = mg.one(src, Rml.encoding, tm, "rml:source/rml:encoding");
        if (e == null) {
            return StandardCharsets.UTF_8;
        }
        String name = e.isURI() && e.getURI().startsWith(Rml.NS) ? e.getURI().substring(Rml.NS.length())
                : e.isLiteral() ? e.getLiteralLexicalForm() : null;
        try {
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        } catch (IllegalArgumentException ignored) {
            // an illegal charset name is reported below like an unknown one
        }
        throw mg.err(tm, "rml:source/rml:encoding", "unknown encoding " + mg.label(e)
                + " (e.g. rml:UTF-8, rml:UTF-16)");
    }

    private String compression(Node src, TriplesMapPlan tm) throws MappingException {
        Node c = mg.one(src, Rml.compression, tm, "rml:source/rml:compression");
        if (c == null || c.equals(Rml.none)) {
            return null;
        }
        if (c.equals(Rml.gzip)) {
            return SourceInput.GZIP;
        }
        if (c.equals(Rml.zip)) {
            return SourceInput.ZIP;
        }
        if (c.equals(Rml.targz)) {
            return SourceInput.TARGZ;
        }
        throw mg.err(tm, "rml:source/rml:compression", "unsupported compression " + mg.label(c)
                + " (supported: rml:gzip, rml:zip, rml:targz, rml:none)");
    }
}
