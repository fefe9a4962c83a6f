package org.opendatasaveslives.odsl.build;

import java.util.List;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.exec.RowSetRewindable;

/** The rows one build check found: each row is something left unresolved. */
public record CheckResult(String file, String title, List<String> columns, RowSetRewindable rows) {

    public long count() {
        return rows.size();
    }

    /** The title with the count, then up to {@code limit} rows, one per line. */
    public String describe(int limit) {
        StringBuilder b = new StringBuilder(title).append(": ").append(count());
        rows.reset();
        int shown = 0;
        while (rows.hasNext() && shown++ < limit) {
            var binding = rows.next();
            b.append("\n    ");
            for (String column : columns) {
                var value = binding.get(column);
                b.append(column).append('=').append(value == null ? "" : value.isLiteral()
                    ? value.getLiteralLexicalForm() : NodeFmtLib.strNT(value)).append("  ");
            }
        }
        if (count() > limit) {
            b.append("\n    ... ").append(count() - limit).append(" more in the report");
        }
        rows.reset();
        return b.toString();
    }
}
