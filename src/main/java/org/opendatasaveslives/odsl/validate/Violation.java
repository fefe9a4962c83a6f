package org.opendatasaveslives.odsl.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * One SHACL result in plain terms.
 *
 * @param focusNode the node that failed
 * @param shape     the shape that failed: its IRI, or "property shape" for blank property shapes
 * @param path      the property path at fault, or empty for node constraints
 * @param value     the offending value, or empty
 * @param message   the shape's message, or the engine's description
 * @param severity  Violation, Warning or Info
 */
public record Violation(Node focusNode, String shape, String path, String value, String message, Severity severity,
                        boolean focusWithheld) {

    public Violation(Node focusNode, String shape, String path, String value, String message, Severity severity) {
        this(focusNode, shape, path, value, message, severity, false);
    }
    /**
     * The namespace of the privacy guards ({@code shapes/guards/}). The value a guard rejects is personal data, so a
     * guard's violation never carries it: the value is left empty and a message that would quote it is replaced.
     */
    public static final String GUARD_NS = "https://odsl.org.uk/def/shapes/guard/";

    static Violation of(ReportEntry entry) {
        Node source = entry.source();
        String shape = source != null && source.isURI() ? source.getURI() : "property shape";
        String path = entry.resultPath() == null ? "" : entry.resultPath().toString();
        String message = entry.message();
        if (shape.startsWith(GUARD_NS)) {
            Node v = entry.value();
            String text = v == null ? null : v.isLiteral() ? v.getLiteralLexicalForm() : v.isURI() ? v.getURI() : null;
            if (message == null || (text != null && !text.isBlank() && message.contains(text.strip()))) {
                message = "violates the privacy guard " + shape.substring(GUARD_NS.length()) + "; the value is withheld";
            }
            // a guard that rejects the focus node itself (an IRI holding an NHS number, a person's URI) withholds it too
            boolean focusIsValue = v == null || v.equals(entry.focusNode());
            return new Violation(entry.focusNode(), shape, path, "", message, entry.severity(), focusIsValue);
        }
        String value = entry.value() == null ? "" : NodeFmtLib.strNT(entry.value());
        return new Violation(entry.focusNode(), shape, path, value, message, entry.severity());
    }

    /** Whether a privacy guard found this: its value is withheld. */
    public boolean isGuard() {
        return shape.startsWith(GUARD_NS);
    }

    public boolean isViolation() {
        return Severity.Violation.equals(severity);
    }

    /** The focus node for reports: N-Triples syntax, or {@code (withheld)} when a guard rejected the node itself. */
    public String focusText() {
        return focusWithheld ? "(withheld)" : NodeFmtLib.strNT(focusNode);
    }

    /** {@code <focus> path: message (value v) [shape]} */
    public String describe() {
        StringBuilder b = new StringBuilder(focusText());
        if (!path.isEmpty()) {
            b.append(' ').append(path);
        }
        b.append(": ").append(message);
        if (!value.isEmpty()) {
            b.append(" (value ").append(value).append(')');
        }
        return b.append(" [").append(shape).append(']').toString();
    }
}
