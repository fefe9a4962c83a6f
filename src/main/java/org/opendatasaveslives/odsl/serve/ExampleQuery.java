package org.opendatasaveslives.odsl.serve;

import java.net.URI;
import java.util.Objects;

/**
 * One example SPARQL query read from a {@code NAME.rq} file.
 *
 * @param name     the file name without {@code .rq}; expected results live beside it as {@code NAME.srj} or {@code NAME.csv}
 * @param title    from the {@code # Title:} header line, else the file name
 * @param question from the {@code # Question:} header line, else empty
 * @param text     the whole file, header comments included, as sent to the endpoint
 * @param source   where the file was read from (a {@code file:} or {@code jar:} URI)
 */
public record ExampleQuery(String name, String title, String question, String text, URI source) {
    public ExampleQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the header says {@code # Access: restricted}: the query reads restricted releases. */
    public boolean restricted() {
        return ExampleQueries.headerValue(text, "access").map("restricted"::equalsIgnoreCase).orElse(false);
    }
}
