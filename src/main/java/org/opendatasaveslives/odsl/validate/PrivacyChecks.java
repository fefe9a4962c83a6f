package org.opendatasaveslives.odsl.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionBase2;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.opendatasaveslives.odsl.map.NhsNumberFunction;

/**
 * SPARQL functions the privacy guards ({@code shapes/guards/}) call, namespace {@value #NS} (prefix
 * {@code odslcheck:}). Registered with ARQ by {@link #register()}, which the {@link BatchValidator} does before any
 * validation.
 */
public final class PrivacyChecks {
    public static final String NS = "https://odsl.org.uk/def/check/";
    /** {@code odslcheck:isNhsNumber(?o)}: see {@link #looksLikeNhsNumber(Node)}. */
    public static final String IS_NHS_NUMBER = NS + "isNhsNumber";

    /** {@code odslcheck:iriHasNhsNumber(?x)}: see {@link #iriHoldsNhsNumber(Node)}. */
    public static final String IRI_HAS_NHS_NUMBER = NS + "iriHasNhsNumber";

    /** {@code odslcheck:exposesNhsNumber(?s, ?o)}: either test on a triple's subject and object, in one call. */
    public static final String EXPOSES_NHS_NUMBER = NS + "exposesNhsNumber";
    /** {@code odslcheck:mentionsPerson(?s, ?o)}: the subject or object is an IRI under {@code /id/person/}. */
    public static final String MENTIONS_PERSON = NS + "mentionsPerson";

    private static volatile boolean registered;

    private PrivacyChecks() {
    }

    /** Registers the functions with ARQ (once; later calls do nothing). */
    public static void register() {
        if (!registered) {
            synchronized (PrivacyChecks.class) {
                if (!registered) {
                    FunctionRegistry.get().put(IS_NHS_NUMBER, IsNhsNumber.class);
                    FunctionRegistry.get().put(IRI_HAS_NHS_NUMBER, IriHasNhsNumber.class);
                    FunctionRegistry.get().put(EXPOSES_NHS_NUMBER, ExposesNhsNumber.class);
                    FunctionRegistry.get().put(MENTIONS_PERSON, MentionsPerson.class);
                    registered = true;
                }
            }
        }
    }

    /**
     * Whether a node is a literal whose whole lexical form (surrounding whitespace aside) is a raw NHS number: ten
     * digits, either together ({@code 9434765919}) or grouped 3-3-4 by single spaces or hyphens
     * ({@code 943 476 5919}, {@code 943-476-5919}), passing the Modulus 11 check. Digits inside longer text (an
     * 11-digit phone number, {@code 1-1234567890}) are not matched: see the README's "Sensitive data".
     */
    public static boolean looksLikeNhsNumber(Node node) {
        if (node == null || !node.isLiteral()) {
            return false;
        }
        String s = node.getLiteralLexicalForm();
        int n = s.length();
        if (n < 10 || n > 16) {
            return false;
        }
        s = s.strip();
        n = s.length();
        if (n == 10) {
            return NhsNumberFunction.isValid(s);
        }
        return n == 12 && grouped(s);
    }

    /**
     * Whether an IRI has a path segment (between {@code /}, and up to {@code ?} or {@code #}), a fragment or a query
     * value that is wholly a raw NHS number: 10 digits passing Modulus 11, together or grouped 3-3-4 by hyphens or
     * {@code %20} ({@code .../person/9434765919}). Digits inside a longer segment ({@code 1-1234567890}) do not count.
     */
    public static boolean iriHoldsNhsNumber(Node node) {
        if (node == null || !node.isURI()) {
            return false;
        }
        String s = node.getURI();
        int start = s.indexOf("//");
        start = start < 0 ? 0 : start + 2;
        int n = s.length();
        for (int i = start; i <= n; i++) {
            char c = i < n ? s.charAt(i) : '/';
            if (c == '/' || c == '?' || c == '#' || c == '&' || c == '=' || c == ';') {
                int len = i - start;
                if (len == 10 || len == 12 || len == 16) {
                    String seg = s.substring(start, i).replace("%20", " ");
                    if (seg.length() == 10 ? NhsNumberFunction.isValid(seg) : seg.length() == 12 && grouped(seg)) {
                        return true;
                    }
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean grouped(String s) {
        char a = s.charAt(3);
        return (a == ' ' || a == '-') && a == s.charAt(7)
            && NhsNumberFunction.isValid(s.substring(0, 3) + s.substring(4, 7) + s.substring(8));
    }

    /** Whether a node is an IRI minted for a person: its path holds {@code /id/person/}. */
    public static boolean isPersonIri(Node node) {
        return node != null && node.isURI() && node.getURI().contains("/id/person/");
    }

    /** For the guards' targets: one call per triple, so that a batch is scanned once. */
    public static final class ExposesNhsNumber extends FunctionBase2 {
        @Override
        public NodeValue exec(NodeValue s, NodeValue o) {
            Node on = o.asNode();
            return NodeValue.booleanReturn(iriHoldsNhsNumber(s.asNode())
                || (on.isLiteral() ? looksLikeNhsNumber(on) : iriHoldsNhsNumber(on)));
        }
    }

    /** For the open-release guard's target: one call per triple. */
    public static final class MentionsPerson extends FunctionBase2 {
        @Override
        public NodeValue exec(NodeValue s, NodeValue o) {
            return NodeValue.booleanReturn(isPersonIri(s.asNode()) || isPersonIri(o.asNode()));
        }
    }

    /** The ARQ function for IRIs: true or false, never an error. */
    public static final class IriHasNhsNumber extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue v) {
            return NodeValue.booleanReturn(iriHoldsNhsNumber(v.asNode()));
        }
    }

    /** The ARQ function: true or false, never an error. */
    public static final class IsNhsNumber extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue v) {
            return NodeValue.booleanReturn(looksLikeNhsNumber(v.asNode()));
        }
    }
}
