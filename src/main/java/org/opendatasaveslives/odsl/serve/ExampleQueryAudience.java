package org.opendatasaveslives.odsl.serve;

import java.util.List;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is offered which example queries: everyone gets the open ones; a request whose user may read restricted
 * releases also gets those marked {@code # Access: restricted}.
 */
record ExampleQueryAudience(List<ExampleQuery> open, List<ExampleQuery> all, Predicate<HttpServletRequest> readsRestricted) {
    static ExampleQueryAudience of(List<ExampleQuery> queries, Predicate<HttpServletRequest> readsRestricted) {
        return new ExampleQueryAudience(queries.stream().filter(q -> !q.restricted()).toList(), List.copyOf(queries),
                readsRestricted);
    }

    boolean seesAll(HttpServletRequest request) {
        return readsRestricted.test(request);
    }
}
