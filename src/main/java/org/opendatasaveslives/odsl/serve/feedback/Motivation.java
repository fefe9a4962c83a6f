package org.opendatasaveslives.odsl.serve.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;

/** Why someone annotates data: the W3C Web Annotation motivations that make sense for feedback on data. */
enum Motivation {
    QUESTIONING("question"),
    EDITING("correction"),
    COMMENTING("comment"),
    ASSESSING("assessment"),
    DESCRIBING("description"),
    CLASSIFYING("classification"),
    LINKING("link to another resource");

    private final String label;

    Motivation(String label) {
        this.label = label;
    }

    /** The name used in forms and JSON, such as {@code questioning}; the oa: term's local name. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String label() {
        return label;
    }

    Node term() {
        return WebAnnotation.oa(id());
    }

    /** A motivation given as {@code questioning}, {@code oa:questioning} or the full oa: IRI. */
    static Optional<Motivation> parse(String given) {
        String id = given == null ? "" : given.strip();
        if (id.startsWith(WebAnnotation.OA)) {
            id = id.substring(WebAnnotation.OA.length());
        } else if (id.startsWith("oa:")) {
            id = id.substring(3);
        }
        for (Motivation motivation : values()) {
            if (motivation.id().equals(id)) {
                return Optional.of(motivation);
            }
        }
        return Optional.empty();
    }

    static Optional<Motivation> ofTerm(Node term) {
        return term.isURI() && term.getURI().startsWith(WebAnnotation.OA) ? parse(term.getURI()) : Optional.empty();
    }

    static String allIds() {
        return Arrays.stream(values()).map(Motivation::id).collect(Collectors.joining(", "));
    }
}
