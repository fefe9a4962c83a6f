package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The examples of RFC 9535 section 2.3.5.3 (filter selector) and section 2.4 (function extensions). */
class JsonPathRfcExamplesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String FILTER_DOC = """
            {"a": [3, 5, 1, 2, 4, 6, {"b": "j"}, {"b": "k"}, {"b": {}}, {"b": "kilo"}],
             "o": {"p": 1, "q": 2, "r": 3, "s": 5, "t": {"u": 6}},
             "e": "f"}
            """;

    private static void check(String doc, String query, String expected) throws Exception {
        List<JsonNode> got = JsonPath.parse(query).select(MAPPER.readTree(doc));
        assertEquals(MAPPER.readTree(expected), MAPPER.valueToTree(got), query);
    }

    @Test
    void filterExamples() throws Exception {
        check(FILTER_DOC, "$.a[?@.b == 'kilo']", "[{\"b\": \"kilo\"}]");
        check(FILTER_DOC, "$.a[?(@.b == 'kilo')]", "[{\"b\": \"kilo\"}]");
        check(FILTER_DOC, "$.a[?@>3.5]", "[5, 4, 6]");
        check(FILTER_DOC, "$.a[?@.b]", "[{\"b\": \"j\"}, {\"b\": \"k\"}, {\"b\": {}}, {\"b\": \"kilo\"}]");
        check(FILTER_DOC, "$[?@.*]", "[" + MAPPER.readTree(FILTER_DOC).get("a") + ", "
                + MAPPER.readTree(FILTER_DOC).get("o") + "]");
        check(FILTER_DOC, "$[?@[?@.b]]", "[" + MAPPER.readTree(FILTER_DOC).get("a") + "]");
        check(FILTER_DOC, "$.o[?@<3, ?@<3]", "[1, 2, 1, 2]");
        check(FILTER_DOC, "$.a[?@<2 || @.b == \"k\"]", "[1, {\"b\": \"k\"}]");
        check(FILTER_DOC, "$.a[?match(@.b, \"[jk]\")]", "[{\"b\": \"j\"}, {\"b\": \"k\"}]");
        check(FILTER_DOC, "$.a[?search(@.b, \"[jk]\")]", "[{\"b\": \"j\"}, {\"b\": \"k\"}, {\"b\": \"kilo\"}]");
        check(FILTER_DOC, "$.o[?@>1 && @<4]", "[2, 3]");
        check(FILTER_DOC, "$.o[?@.u || @.x]", "[{\"u\": 6}]");
        check(FILTER_DOC, "$.a[?@.b == $.x]", "[3, 5, 1, 2, 4, 6]");
        check(FILTER_DOC, "$.a[?@ == @]", MAPPER.readTree(FILTER_DOC).get("a").toString());
    }

    @Test
    void functionExamples() throws Exception {
        String books = """
                [{"authors": ["a", "b", "c", "d", "e"], "date": "1974-05-01", "author": "Bob"},
                 {"authors": ["a"], "date": "1974-06-01", "author": "Rob Roy"},
                 {"authors": ["a", "b", "c", "d", "e", "f"], "date": "1974-05-1x", "author": "Ann"}]
                """;
        check(books, "$[?length(@.authors) >= 5].author", "[\"Bob\", \"Ann\"]");
        check(books, "$[?count(@.*.author) >= 5]", "[]");
        check("[{\"x\": [{\"author\": 1}, {\"author\": 2}]}, {\"x\": [{\"author\": 1}]}]",
                "$[?count(@.*[*].author) >= 2]", "[{\"x\": [{\"author\": 1}, {\"author\": 2}]}]");
        check(books, "$[?match(@.date, \"1974-05-..\")].author", "[\"Bob\", \"Ann\"]");
        check(books, "$[?search(@.author, \"[BR]ob\")].author", "[\"Bob\", \"Rob Roy\"]");
        check("[{\"p\": {\"color\": \"red\"}}, {\"p\": {\"color\": \"red\"}, \"q\": {\"color\": \"blue\"}}]",
                "$[?value(@..color) == \"red\"]", "[{\"p\": {\"color\": \"red\"}}]");
        check("[\"ab\", [1, 2, 3], {\"a\": 1}, 7, \"\\u00e9\\ud83d\\ude00\"]", "$[?length(@) < 3]",
                "[\"ab\", {\"a\": 1}, \"\\u00e9\\ud83d\\ude00\"]");
    }

    /** The well-typedness table of section 2.4.9 (the examples with functions the RFC leaves undefined aside). */
    @Test
    void wellTypedness() {
        for (String ok : List.of("$[?length(@) < 3]", "$[?count(@.*) == 1]", "$[?match(@.timezone, 'Europe/.*')]",
                "$[?value(@..color) == \"red\"]")) {
            JsonPath.parse(ok);
        }
        for (String bad : List.of("$[?length(@.*) < 3]", "$[?count(1) == 1]",
                "$[?match(@.timezone, 'Europe/.*') == true]", "$[?value(@..color)]", "$[?count(foo(@.*)) == 1]")) {
            assertThrows(IllegalArgumentException.class, () -> JsonPath.parse(bad), bad);
        }
    }
}
