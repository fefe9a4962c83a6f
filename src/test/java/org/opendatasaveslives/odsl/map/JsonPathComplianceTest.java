package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSONPath Compliance Test Suite (src/test/resources/jsonpath/cts.json, BSD-2, see LICENSE and README there): every
 * case is run. A valid selector passes when the nodelist's values equal the expected result (or one of the allowed
 * results); an invalid one when parsing throws. Cases listed in jsonpath/passing.txt must pass (regression); the others
 * are reported, and newly passing cases are printed so they can be added to the list.
 */
class JsonPathComplianceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The outcome of one case: null when it passed, else why not. */
    static String run(JsonNode t) {
        String selector = t.get("selector").asText();
        boolean invalid = t.path("invalid_selector").asBoolean(false);
        JsonPath path;
        try {
            path = JsonPath.parse(selector);
        } catch (IllegalArgumentException e) {
            return invalid ? null : "rejected a valid selector: " + e.getMessage();
        } catch (RuntimeException e) {
            return "parser crashed: " + e;
        }
        if (invalid) {
            return "accepted an invalid selector";
        }
        List<JsonNode> got;
        try {
            got = path.select(t.get("document"));
        } catch (RuntimeException e) {
            return "evaluation crashed: " + e;
        }
        JsonNode actual = MAPPER.valueToTree(got);
        if (t.has("result")) {
            return actual.equals(t.get("result")) ? null : "got " + actual + ", expected " + t.get("result");
        }
        for (JsonNode alt : t.get("results")) {
            if (actual.equals(alt)) {
                return null;
            }
        }
        return "got " + actual + ", expected one of " + t.get("results");
    }

    @Test
    void complianceTestSuite() throws IOException {
        JsonNode tests;
        try (InputStream in = getClass().getResourceAsStream("/jsonpath/cts.json")) {
            tests = MAPPER.readTree(in).get("tests");
        }
        Set<String> passing = listed();
        Set<String> names = new TreeSet<>();
        List<String> regressions = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        int passed = 0;
        for (JsonNode t : tests) {
            String name = t.get("name").asText();
            names.add(name);
            String why = run(t);
            if (why == null) {
                passed++;
                if (!passing.contains(name)) {
                    System.out.println("[jsonpath-cts] newly passing: " + name + " (add it to jsonpath/passing.txt)");
                }
            } else {
                String line = name + " [" + t.get("selector").asText() + "]: " + why;
                (passing.contains(name) ? regressions : failing).add(line);
            }
        }
        failing.forEach(f -> System.out.println("[jsonpath-cts] failing: " + f));
        System.out.println("[jsonpath-cts] " + passed + " passed, " + (tests.size() - passed) + " failed of "
                + tests.size());
        Set<String> unknown = new TreeSet<>(passing);
        unknown.removeAll(names);
        assertTrue(unknown.isEmpty(), "passing.txt names cases the suite does not have: " + unknown);
        assertEquals(List.of(), regressions, "previously passing JSONPath compliance cases fail");
    }

    private static Set<String> listed() throws IOException {
        Set<String> out = new TreeSet<>();
        try (InputStream in = JsonPathComplianceTest.class.getResourceAsStream("/jsonpath/passing.txt")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith("#")) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }
}
