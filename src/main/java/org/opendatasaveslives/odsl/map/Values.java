package org.opendatasaveslives.odsl.map;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;

/** Conversions between record/function values and text. */
final class Values {
    private Values() {
    }

    /** The text of a scalar value. */
    static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Double d) {
            if (!d.isInfinite() && d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue()) + ".0";
            }
            return d.toString();
        }
        return String.valueOf(v);
    }

    /** The natural RDF datatype of a non-string value (RML: JSON numbers and booleans, function results), or null. */
    static RDFDatatype naturalType(Object v) {
        if (v instanceof String) {
            return null;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Short) {
            return XSDDatatype.XSDinteger;
        }
        if (v instanceof Double || v instanceof Float) {
            return XSDDatatype.XSDdouble;
        }
        if (v instanceof BigDecimal) {
            return XSDDatatype.XSDdecimal;
        }
        if (v instanceof Boolean) {
            return XSDDatatype.XSDboolean;
        }
        return null;
    }

    /** True for Boolean.TRUE or the text "true" (any case). */
    static boolean isTrue(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        return v != null && "true".equalsIgnoreCase(str(v));
    }
}
