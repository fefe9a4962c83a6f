package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WebContent;
import org.opendatasaveslives.odsl.serve.AcceptHeader;

/** The representations of a resource document, each with its media type and file suffix. */
enum DocumentFormat {
    // Listed in order of preference: when a client accepts several equally, it gets the first.
    HTML(WebContent.contentTypeHTML, "html", null),
    TURTLE(WebContent.contentTypeTurtle, "ttl", Lang.TURTLE),
    JSONLD(WebContent.contentTypeJSONLD, "jsonld", Lang.JSONLD),
    NTRIPLES(WebContent.contentTypeNTriples, "nt", Lang.NTRIPLES),
    RDFXML(WebContent.contentTypeRDFXML, "rdf", Lang.RDFXML);

    private final String mediaType;
    private final String suffix;
    private final Lang lang;

    DocumentFormat(String mediaType, String suffix, Lang lang) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
    }

    String mediaType() {
        return mediaType;
    }

    String suffix() {
        return suffix;
    }

    /** The RDF syntax, or null for HTML. */
    Lang lang() {
        return lang;
    }

    String label() {
        return switch (this) {
            case HTML -> "HTML";
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
            case NTRIPLES -> "N-Triples";
            case RDFXML -> "RDF/XML";
        };
    }

    /**
     * The format the Accept header prefers by RFC 9110 rules: each format takes the q-value of the most specific range
     * that matches it (so {@code text/turtle;q=0} refuses Turtle even with a {@code *}{@code /*}), the highest q wins,
     * ties go to the earlier format. HTML when there is no header; empty when no format is acceptable (answer 406).
     */
    static Optional<DocumentFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        Optional<List<MediaRange>> ranges = AcceptHeader.ranges(accept);
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        DocumentFormat best = null;
        double bestQ = 0;
        for (DocumentFormat format : values()) {
            double q = AcceptHeader.quality(ranges.get(), format.mediaType);
            if (format == HTML) {
                // Clients that name XHTML get the HTML page; a wildcard already counted for text/html.
                q = Math.max(q, namedQuality(ranges.get(), "application/xhtml+xml"));
            }
            if (q > bestQ) {
                best = format;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double namedQuality(List<MediaRange> ranges, String mediaType) {
        return ranges.stream().filter(r -> r.getContentTypeStr().equals(mediaType)).mapToDouble(MediaRange::get_q)
                .max().orElse(0);
    }

    /** The format a path's suffix names ({@code .ttl}, {@code .jsonld}, ...), if it ends with one. */
    static Optional<DocumentFormat> ofSuffix(String path) {
        return Arrays.stream(values()).filter(f -> path.endsWith("." + f.suffix)).findFirst();
    }

    static String listing() {
        StringBuilder text = new StringBuilder();
        for (DocumentFormat f : values()) {
            text.append(text.isEmpty() ? "" : ", ").append(f.mediaType).append(" (.").append(f.suffix).append(')');
        }
        return text.toString();
    }
}
