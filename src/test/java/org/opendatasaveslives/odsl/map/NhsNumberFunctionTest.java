package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** NHS numbers in the reserved test range 999 000 0000–999 999 9999 only. */
class NhsNumberFunctionTest {

    private static Object nhsNumber(Object value) throws FunctionException {
        return FunctionRegistry.standard().get(NhsNumberFunction.IRI).apply(new Object[] {value});
    }

    @Test
    void validNumbersAreNormalisedToTenDigits() throws Exception {
        assertEquals("9997654323", nhsNumber("999 765 4323"));
        assertEquals("9997654323", nhsNumber("999-765-4323"));
        assertEquals("9997654323", nhsNumber(" 9997654323 "));
        assertEquals("9990000018", nhsNumber("9990000018"));
        assertEquals("9990000050", nhsNumber("999 000 0050")); // check digit 11 → 0
        assertEquals("9991112227", nhsNumber(9991112227L)); // a JSON number
    }

    @Test
    void anAbsentValueHasNoNumber() throws Exception {
        assertNull(nhsNumber(null));
        assertNull(nhsNumber("  "));
    }

    @Test
    void aWrongCheckDigitIsRejectedWithoutRepeatingAnyOfTheValue() {
        assertRejected("999 765 4324", "fails the Modulus 11 check");
        assertRejected("9990000019", "fails the Modulus 11 check");
    }

    @Test
    void aCheckDigitOfTenMeansNoValidNumber() {
        // 999 000 000 and 999 123 456 give a check digit of 10: no final digit makes them valid
        for (int last = 0; last <= 9; last++) {
            assertRejected("999000000" + last, "fails the Modulus 11 check");
            assertRejected("999123456" + last, "fails the Modulus 11 check");
        }
    }

    @Test
    void theWrongNumberOfDigitsOrOtherCharactersAreRejected() {
        assertRejected("999 765 432", "has 9 digits, expected 10");
        assertRejected("99976543231", "has 11 digits, expected 10");
        assertRejected("999/765/4323", "characters other than digits");
        assertRejected("NHS9997654323", "characters other than digits");
    }

    @Test
    void theModulus11CheckAlone() {
        assertTrue(NhsNumberFunction.isValid("9997654323"));
        assertFalse(NhsNumberFunction.isValid("9997654324"));
        assertFalse(NhsNumberFunction.isValid("999765432"));
        assertFalse(NhsNumberFunction.isValid("99976543x3"));
    }

    @Test
    void itIsMarkedSensitive() {
        RmlFunction f = FunctionRegistry.standard().get(NhsNumberFunction.IRI);
        assertTrue(f.sensitive());
        assertFalse(f.anonymises());
        assertTrue(FunctionRegistry.standard().get(PseudonymFunction.IRI).anonymises());
    }

    private static void assertRejected(String value, String reason) {
        FunctionException e = assertThrows(FunctionException.class, () -> nhsNumber(value));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().startsWith("is not a valid NHS number"), e.getMessage());
        String digits = value.replaceAll("[^0-9]", "");
        for (int i = 0; i + 3 <= digits.length(); i++) {
            assertFalse(e.getMessage().contains(digits.substring(i, i + 3)), e.getMessage());
        }
    }
}
