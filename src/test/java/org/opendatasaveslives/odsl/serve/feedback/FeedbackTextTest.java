package org.opendatasaveslives.odsl.serve.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What feedback text and motivations are accepted, without a server. */
class FeedbackTextTest {
    @Test
    void nhsNumbersAreFoundTogetherOrGroupedButNotInsideLongerNumbers() {
        assertTrue(FeedbackRequest.holdsNhsNumber("patient 9434765919 again"));
        assertTrue(FeedbackRequest.holdsNhsNumber("943 476 5919"));
        assertTrue(FeedbackRequest.holdsNhsNumber("ref:943-476-5919."));
        assertFalse(FeedbackRequest.holdsNhsNumber("9434765918"), "fails Modulus 11");
        assertFalse(FeedbackRequest.holdsNhsNumber("call 019434765919"), "inside a longer number, like a phone number");
        assertFalse(FeedbackRequest.holdsNhsNumber("E01000001 has 7 burglaries in 2025-01"));
    }

    @Test
    void motivationsAreTheOaTermsInAnyOfTheirSpellings() {
        assertEquals(Optional.of(Motivation.QUESTIONING), Motivation.parse("questioning"));
        assertEquals(Optional.of(Motivation.EDITING), Motivation.parse("oa:editing"));
        assertEquals(Optional.of(Motivation.ASSESSING), Motivation.parse(" http://www.w3.org/ns/oa#assessing "));
        assertEquals(Optional.empty(), Motivation.parse("Questioning"));
        assertEquals(Optional.empty(), Motivation.parse("http://example.org/oa#questioning"));
        assertEquals(Optional.empty(), Motivation.parse(null));
        assertEquals("http://www.w3.org/ns/oa#questioning", Motivation.QUESTIONING.term().getURI());
    }
}
