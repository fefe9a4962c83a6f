package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** I-Regexp (RFC 9485) checked and mapped onto java.util.regex. */
class IRegexpTest {
    private static boolean matches(String re, String s) {
        Pattern p = IRegexp.compile(re);
        assertNotNull(p, re);
        return p.matcher(s).matches();
    }

    @Test
    void translation() {
        assertTrue(matches("a.c", "abc"));
        assertFalse(matches("a.c", "a\nc"), ". does not match LF");
        assertFalse(matches("a.c", "a\rc"), ". does not match CR");
        assertTrue(matches("a.c", "a\u2028c"), ". matches other line separators");
        assertTrue(matches(".", "\ud83d\ude00"), ". matches one code point, not one UTF-16 unit");
        assertTrue(matches("[a&&b]+", "a&b"), "&& in a class is two characters, not an intersection");
        assertTrue(matches("\\p{Lu}\\P{Lu}*", "Abc"));
        assertTrue(matches("[^\\p{N}]{2,3}", "ab"));
        assertTrue(matches("(ab|cd){2}", "abcd"));
        assertTrue(matches("[-a-c]+", "-ab"));
        assertTrue(matches("\\.\\*\\[\\]", ".*[]"));
        assertTrue(matches("1974-05-..", "1974-05-01"));
    }

    @Test
    void notIRegexps() {
        for (String bad : List.of("\\d", "\\w+", "a*?", "a{,3}", "[a-\\p{L}]", "(?:a)", "a)", "(a", "[]", "[a", "\\p{IsLatin}",
                "\\b", "a{3,2}", "[z-a]", "\\ud800")) {
            assertNull(IRegexp.compile(bad), bad);
        }
    }
}
