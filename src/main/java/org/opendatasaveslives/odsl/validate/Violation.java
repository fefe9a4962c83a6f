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
public record Violation(Node focusNode, String shape, String path, String value, String message, Severity severity) {

    static Violation of(ReportEntry entry) {
        Node source = entry.source();
        String shape = source != null && source.isURI() ? source.getURI() : "property shape";
        String path = entry.resultPath() == null ? "" : entry.resultPath().toString();
        String value = entry.value() == null ? "" : NodeFmtLib.strNT(entry.value());
        return new Violation(entry.focusNode(), shape, path, value, entry.message(), entry.severity());
    }

    public boolean isViolation() {
        return Severity.Violation.equals(severity);
    }

    /** {@code <focus> path: message (value v) [shape]} */
    public String describe() {
        StringBuilder b = new StringBuilder(NodeFmtLib.strNT(focusNode));
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
