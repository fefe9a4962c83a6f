package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OdslFunctionsTest {
    private final FunctionRegistry registry = FunctionRegistry.standard();

    private Object call(String local, Object... args) throws FunctionException {
        return registry.get(OdslFunctions.NS + local).newRun().apply(args);
    }

    @Test
    void monthAcceptsTheFormsPoliceDataArrivesIn() throws FunctionException {
        assertEquals("2025-02", OdslFunctions.month("2025-02"));
        assertEquals("2025-02", OdslFunctions.month("Feb-25"));
        assertEquals("2025-02", OdslFunctions.month("February 2025"));
        assertEquals("2025-02", OdslFunctions.month("Feb 2025"));
        assertEquals("2025-02", OdslFunctions.month("02/2025"));
        assertEquals("2025-02", OdslFunctions.month("2025-02-14"));
        assertEquals("2024-12", OdslFunctions.month(" dec-24 "));
        assertNull(call("month", (Object) null));
        assertNull(call("month", ""));
    }

    @Test
    void monthRejectsAnythingElseSayingWhatItExpected() {
        FunctionException e = assertThrows(FunctionException.class, () -> OdslFunctions.month("Fbe-25"));
        assertEquals("\"Fbe-25\" is not a month (expected YYYY-MM or Mon-YY)", e.getMessage());
        assertThrows(FunctionException.class, () -> OdslFunctions.month("2025-13"));
        assertThrows(FunctionException.class, () -> OdslFunctions.month("2025-02-30"));
        assertThrows(FunctionException.class, () -> OdslFunctions.month("13/2025"));
    }

    @Test
    void slugIsLowerCaseAscii() throws FunctionException {
        assertEquals("violence-and-sexual-offences", OdslFunctions.slug("Violence and sexual offences"));
        assertEquals("investigation-complete-no-suspect-identified",
                OdslFunctions.slug("Investigation complete; no suspect identified"));
        assertEquals("cafe-creme-2", OdslFunctions.slug("  Café crème (2) "));
        assertNull(OdslFunctions.slug(""));
        assertNull(OdslFunctions.slug(" - ; "));
        assertNull(call("slug", (Object) null));
    }

    @Test
    void concatNeedsAValue() throws FunctionException {
        assertEquals("id/crime/abc", call("concat", "id/crime/", "abc"));
        assertEquals("abc", call("concat", null, "abc"));
        assertNull(call("concat", "id/crime/", null));
    }

    @Test
    void recordKeyPrefersTheKeyAndNumbersIdenticalContent() throws FunctionException {
        RmlFunction f = registry.get(OdslFunctions.NS + "recordKey").newRun();
        assertEquals("abc123", f.apply(new Object[] {"abc123", "x|y"}));
        String first = (String) f.apply(new Object[] {null, "Feb-25|ASB|-1.39"});
        String second = (String) f.apply(new Object[] {"", "Feb-25|ASB|-1.39"});
        String other = (String) f.apply(new Object[] {null, "Feb-25|ASB|-1.40"});
        // first 16 hex digits of SHA-256("Feb-25|ASB|-1.39")
        assertEquals(16 + 2, first.length());
        assertEquals(first.substring(0, 16) + "-2", second);
        assertEquals(first.substring(0, 16) + "-1", first);
        assertEquals("-1", other.substring(16));
        // a new run starts counting again: the same rows get the same keys in every build
        RmlFunction again = registry.get(OdslFunctions.NS + "recordKey").newRun();
        assertEquals(first, again.apply(new Object[] {null, "Feb-25|ASB|-1.39"}));
        assertThrows(FunctionException.class, () -> again.apply(new Object[] {null, null}));
    }

    @Test
    void recordKeyHashIsSha256() throws FunctionException {
        RmlFunction f = registry.get(OdslFunctions.NS + "recordKey").newRun();
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ba7816bf8f01cfea-1", f.apply(new Object[] {null, "abc"}));
    }

    @Test
    void recordKeyCountsManyDistinctContents() throws FunctionException {
        RmlFunction f = registry.get(OdslFunctions.NS + "recordKey").newRun();
        for (int i = 0; i < 50_000; i++) {
            f.apply(new Object[] {null, "row " + i});
        }
        String again = (String) f.apply(new Object[] {null, "row 4242"});
        assertEquals("-2", again.substring(16));
    }

    @Test
    void emptinessTests() throws FunctionException {
        assertEquals(true, call("isEmpty", (Object) null));
        assertEquals(true, call("isEmpty", "  "));
        assertEquals(false, call("isEmpty", "x"));
        assertEquals(true, call("notEmpty", "x"));
        assertEquals(false, call("notEmpty", ""));
        assertEquals(true, call("notEqual", "E06000001", "E10000002"));
        assertEquals(false, call("notEqual", "E06000001", "E06000001"));
        assertEquals(true, call("equal", "a", "a"));
    }

    @Test
    void percentReadsBothPublishedAeForms() throws FunctionException {
        // May-2025-AE.csv (RC9): 76.00%; April-2025-AE.csv (RC9): 73.5 without a sign
        assertEquals("76.00", OdslFunctions.percent("76.00%"));
        assertEquals("73.5", OdslFunctions.percent("73.5"));
        assertEquals("100.00", OdslFunctions.percent(" 100.00% "));
        assertNull(OdslFunctions.percent("-"));
        assertNull(call("percent", ""));
        assertThrows(FunctionException.class, () -> OdslFunctions.percent("%"));
        assertThrows(FunctionException.class, () -> OdslFunctions.percent("76%%"));
        assertThrows(FunctionException.class, () -> OdslFunctions.percent("n/a"));
    }

    @Test
    void decimalDropsThousandsSeparatorsAndPlaceholders() throws FunctionException {
        assertEquals("17712", OdslFunctions.decimal("17,712"));
        assertEquals("-1.391358", OdslFunctions.decimal("-1.391358"));
        assertEquals("1234567.5", OdslFunctions.decimal("1,234,567.5"));
        assertEquals("5", OdslFunctions.decimal("+5"));
        assertNull(OdslFunctions.decimal("-"));
        assertNull(OdslFunctions.decimal("*"));
        assertNull(call("decimal", ""));
        FunctionException e = assertThrows(FunctionException.class, () -> OdslFunctions.decimal("abc"));
        assertEquals("\"abc\" is not a number", e.getMessage());
        assertThrows(FunctionException.class, () -> OdslFunctions.decimal("12a"));
        assertThrows(FunctionException.class, () -> OdslFunctions.decimal("1."));
    }

    @Test
    void dateFromUkOrIso() throws FunctionException {
        assertEquals("2025-02-14", OdslFunctions.date("14/02/2025"));
        assertEquals("2025-02-04", OdslFunctions.date("4/2/2025"));
        assertEquals("2025-02-14", OdslFunctions.date("2025-02-14"));
        assertEquals("2025-02-14", OdslFunctions.date("2025-02-14T10:00:00"));
        assertEquals("1974-04-01", OdslFunctions.date("19740401")); // NHS ODS extracts
        assertThrows(FunctionException.class, () -> OdslFunctions.date("31/02/2025"));
        assertThrows(FunctionException.class, () -> OdslFunctions.date("20231301"));
        assertThrows(FunctionException.class, () -> OdslFunctions.date("Feb 2025"));
    }
}
