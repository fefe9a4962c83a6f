package org.opendatasaveslives.odsl.serve.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.opendatasaveslives.odsl.serve.AcceptHeader;
import org.opendatasaveslives.odsl.vocab.Odsl;
import org.opendatasaveslives.odsl.vocab.Quality;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The forms a description is served in, chosen by {@code ?format=} or else by the Accept header (HTML when the
 * client states no preference), and the writing of RDF in them.
 */
enum RdfResponse {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES);

    private static final Map<String, String> PREFIXES = Map.ofEntries(
        Map.entry("dcat", Quality.DCAT), Map.entry("dcterms", Quality.DCTERMS), Map.entry("void", Quality.VOID),
        Map.entry("dqv", Quality.DQV), Map.entry("sd", Quality.SD), Map.entry("prov", Quality.PROV),
        Map.entry("odsl", Odsl.NS), Map.entry("odslq", Quality.NS),
        Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"));

    private final String mediaType;
    private final String parameter;
    private final RDFFormat format;

    RdfResponse(String mediaType, String parameter, RDFFormat format) {
        this.mediaType = mediaType;
        this.parameter = parameter;
        this.format = format;
    }

    String mediaType() {
        return mediaType;
    }

    /**
     * The form the request asks for among those offered (the first offered wins when the client has no preference),
     * or null when none is acceptable.
     */
    static RdfResponse choose(HttpServletRequest request, RdfResponse... offered) {
        String asked = request.getParameter("format");
        if (asked != null) {
            return Arrays.stream(offered).filter(f -> f.parameter.equals(asked)).findFirst().orElse(null);
        }
        return AcceptHeader.choose(request.getHeader("Accept"), List.of(offered), RdfResponse::mediaType).orElse(null);
    }

    /** Writes the graph in this form (not HTML) with the usual prefixes. */
    void write(Graph graph, HttpServletResponse response) throws IOException {
        graph.getPrefixMapping().setNsPrefixes(PREFIXES);
        response.setContentType(mediaType + (this == NTRIPLES ? "" : "; charset=utf-8"));
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, graph, format);
        }
    }

    /** The reply to a request that accepts none of the forms offered. */
    static void notAcceptable(HttpServletResponse response, RdfResponse... offered) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println("None of the formats you accept is offered here. Offered: "
            + String.join(", ", Arrays.stream(offered).map(f -> f.mediaType + " (?format=" + f.parameter + ")").toList()));
    }
}
