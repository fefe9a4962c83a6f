package org.opendatasaveslives.odsl.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.store.StoreException;

/** Opens a built database for a moment to run SPARQL against it, as the server would (union default graph). */
final class StoreQueries {
    static final String PREFIXES = """
        PREFIX odsl: <https://odsl.org.uk/def/odsl/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX qb: <http://purl.org/linked-data/cube#>
        PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
        PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        """;

    private StoreQueries() {
    }

    static <T> T withStore(Path db, Function<DatasetGraph, T> work) throws StoreException {
        DatasetGraph dsg = Store.open(db);
        try {
            return Txn.calculateRead(dsg, () -> work.apply(dsg));
        } finally {
            Store.close(dsg);
        }
    }

    /** Runs a SELECT whose first column is a key and second a count. */
    static Map<String, Long> counts(Path db, String select) throws StoreException {
        return withStore(db, dsg -> {
            Map<String, Long> counts = new HashMap<>();
            try (QueryExecution qe = QueryExecution.create(PREFIXES + select, DatasetFactory.wrap(dsg))) {
                ResultSet rs = qe.execSelect();
                String key = rs.getResultVars().get(0);
                String count = rs.getResultVars().get(1);
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    counts.put(text(row, key), row.getLiteral(count).getLong());
                }
            }
            return counts;
        });
    }

    /** Runs a SELECT whose one row holds the count ?n. */
    static long count(Path db, String select) throws StoreException {
        return withStore(db, dsg -> {
            try (QueryExecution qe = QueryExecution.create(PREFIXES + select, DatasetFactory.wrap(dsg))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static String text(QuerySolution row, String var) {
        var node = row.get(var);
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
