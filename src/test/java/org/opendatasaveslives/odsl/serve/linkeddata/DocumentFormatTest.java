package org.opendatasaveslives.odsl.serve.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentFormatTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "*/*                                                              | HTML",
        "text/turtle                                                      | TURTLE",
        "application/ld+json                                              | JSONLD",
        "application/n-triples                                            | NTRIPLES",
        "application/rdf+xml                                              | RDFXML",
        "text/turtle;q=0.2, application/ld+json;q=0.9                     | JSONLD",
        "text/*;q=0.5, application/rdf+xml                                | RDFXML",
        "text/html;q=0, */*                                               | TURTLE",
        "text/turtle;q=0, text/*                                          | HTML",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8  | HTML",
        "application/xhtml+xml                                            | HTML",
        "text/turtle;charset=utf-8                                        | TURTLE",
        "image/png                                                        | NONE",
        "application/json                                                 | NONE",
        "text/turtle;q=0                                                  | NONE",
    })
    void negotiatesByQualityAndSpecificity(String accept, DocumentFormat expected) {
        assertEquals(Optional.ofNullable(expected), DocumentFormat.negotiate(accept));
    }

    @ParameterizedTest
    @CsvSource({"/doc/crime/1.ttl, TURTLE", "/doc/crime/1.jsonld, JSONLD", "/doc/crime/1.nt, NTRIPLES",
        "/doc/crime/1.rdf, RDFXML", "/doc/crime/1.html, HTML"})
    void suffixNamesTheFormat(String path, DocumentFormat expected) {
        assertEquals(Optional.of(expected), DocumentFormat.ofSuffix(path));
    }

    @ParameterizedTest
    @CsvSource({"/doc/crime/1", "/doc/crime/1.json", "/doc/crime/1ttl"})
    void otherPathsHaveNoSuffix(String path) {
        assertEquals(Optional.empty(), DocumentFormat.ofSuffix(path));
    }
}
