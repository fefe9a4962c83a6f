package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PseudonymFunctionTest {
    static final byte[] KEY_A = "deployment-key-A-0123456789".getBytes(StandardCharsets.UTF_8);
    static final byte[] KEY_B = "deployment-key-B-0123456789".getBytes(StandardCharsets.UTF_8);
    static final String NHS_NUMBER = "943 476 5919";

    private static Object pseudonym(byte[] key, Object value) throws FunctionException {
        return new PseudonymFunction(() -> key).newRun().apply(new Object[] {value});
    }

    @Test
    void theSameIdentifierAndKeyGiveTheSamePseudonymWhateverTheSpacing() throws Exception {
        Object spaced = pseudonym(KEY_A, NHS_NUMBER);
        assertEquals(spaced, pseudonym(KEY_A, "9434765919"));
        assertTrue(((String) spaced).matches("[0-9a-f]{64}"), spaced.toString());
        assertFalse(((String) spaced).contains("9434765919"));
    }

    @Test
    void anotherKeyGivesAnotherPseudonym() throws Exception {
        assertNotEquals(pseudonym(KEY_A, NHS_NUMBER), pseudonym(KEY_B, NHS_NUMBER));
    }

    @Test
    void anAbsentIdentifierHasNoPseudonym() throws Exception {
        assertNull(pseudonym(KEY_A, null));
        assertNull(pseudonym(KEY_A, "  "));
    }

    @Test
    void withoutAKeyTheErrorSaysHowToConfigureOneAndNeverRepeatsTheIdentifier() {
        FunctionException e = assertThrows(FunctionException.class, () -> pseudonym(null, NHS_NUMBER));
        assertTrue(e.getMessage().contains(PseudonymFunction.KEY_FILE_VARIABLE), e.getMessage());
        assertFalse(e.getMessage().replace(" ", "").contains("9434765919"), e.getMessage());
    }

    @Test
    void aShortKeyIsRefused() {
        FunctionException e = assertThrows(FunctionException.class,
            () -> pseudonym("short".getBytes(StandardCharsets.UTF_8), NHS_NUMBER));
        assertTrue(e.getMessage().contains("too short"), e.getMessage());
    }

    @Test
    void theStandardRegistryOffersItUnderItsIri() {
        assertEquals(PseudonymFunction.IRI, FunctionRegistry.standard().get(PseudonymFunction.IRI).iri());
    }
}
