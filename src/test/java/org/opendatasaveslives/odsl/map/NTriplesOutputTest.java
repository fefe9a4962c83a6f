package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NTriplesOutputTest {
    /** Values that need escaping in N-Triples, or UTF-8 of one to four bytes. */
    private static final String[] AWKWARD = {"say \"\"hi\"\"", "back\\slash", "two\nlines", "cr\rhere", "tab\there",
        "café Ŵ 中文 😀", "bell\u0007 nul-ish\u0001 del\u007F", ""};

    @TempDir
    Path dir;

    @Test
    void writesWhatJenasWriterWritesForEveryKindOfTermAndAwkwardStrings() throws Exception {
        StringBuilder csv = new StringBuilder("id,text\n");
        // Enough rows to fill the writer's buffer several times, so cached nodes are written across flushes.
        for (int i = 0; i < 600; i++) {
            String text = AWKWARD[i % AWKWARD.length] + (i % 3 == 0 ? "" : " " + i);
            csv.append(i).append(",\"").append(text.replace("\"", "\"\"")).append("\"\n");
        }
        Files.writeString(dir.resolve("rows.csv"), csv, StandardCharsets.UTF_8);
        Path mapping = Files.writeString(dir.resolve("mapping.ttl"), """
                @prefix rml: <http://w3id.org/rml/> .
                @prefix ex: <http://example.com/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                ex:Rows a rml:TriplesMap ;
                  rml:logicalSource [ rml:source "rows.csv" ; rml:referenceFormulation rml:CSV ] ;
                  rml:subjectMap [ rml:template "http://example.com/row/{id}" ; rml:class ex:Row ] ;
                  rml:predicateObjectMap
                    [ rml:predicate ex:text ; rml:objectMap [ rml:reference "text" ] ] ,
                    [ rml:predicate ex:textEn ; rml:objectMap [ rml:reference "text" ; rml:language "en-GB" ] ] ,
                    [ rml:predicate ex:textTyped ; rml:objectMap [ rml:reference "text" ; rml:datatype ex:myType ] ] ,
                    [ rml:predicate ex:number ; rml:objectMap [ rml:reference "id" ; rml:datatype xsd:integer ] ] ,
                    [ rml:predicate ex:string ; rml:objectMap [ rml:reference "id" ; rml:datatype xsd:string ] ] ,
                    [ rml:predicate ex:page ; rml:objectMap [ rml:template "http://example.com/page/{text}" ] ] ,
                    [ rml:predicate ex:node ; rml:objectMap [ rml:template "n {text}" ; rml:termType rml:BlankNode ] ] ,
                    [ rml:predicate ex:constant ; rml:object "fixed \\"value\\"\\n" ] ,
                    [ rml:predicate ex:inGraph ; rml:object ex:Thing ; rml:graph ex:G ] .
                """, StandardCharsets.UTF_8);
        RmlMapper mapper = RmlMapper.load(mapping);

        byte[] ours = map(mapper, NTriplesOutput::new);
        byte[] jenas = map(mapper, out -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS));

        DatasetGraph expected = parse(jenas);
        DatasetGraph actual = parse(ours);
        assertEquals(expected.stream().count(), actual.stream().count());
        long n = actual.stream().count();
        assertTrue(n > 600 * 8, "every row mapped: " + n);
        assertTrue(IsoMatcher.isomorphic(expected, actual), "the same dataset as Jena's N-Quads writer gives");
    }

    @Test
    void escapesOnlyWhatTheGrammarRequiresAndDropsPlainStringDatatypes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NTriplesOutput out = new NTriplesOutput(bytes);
        Node s = NodeFactory.createURI("http://example.com/é");
        Node p = NodeFactory.createURI("http://example.com/p");
        out.start();
        out.triple(Triple.create(s, p, NodeFactory.createLiteralString("a\"b\\c\nd\te 😀")));
        out.triple(Triple.create(s, p, NodeFactory.createLiteralLang("x", "en")));
        out.finish();
        assertEquals("""
                <http://example.com/é> <http://example.com/p> "a\\"b\\\\c\\nd\\te 😀" .
                <http://example.com/é> <http://example.com/p> "x"@en .
                """, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTermsLongerThanItsBufferAndTermsThatStraddleIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NTriplesOutput out = new NTriplesOutput(bytes);
        Node p = NodeFactory.createURI("http://example.com/p");
        List<Triple> written = new ArrayList<>();
        for (int length : new int[] {70_000, 65_000, 200_000, 1, 40_000, 30_000}) {
            String plain = "a".repeat(length);
            written.add(Triple.create(NodeFactory.createURI("http://example.com/" + plain), p,
                    NodeFactory.createLiteralString(plain + "\"é\n" + plain)));
        }
        out.start();
        written.forEach(out::triple);
        out.finish();
        DatasetGraph parsed = parse(bytes.toByteArray());
        assertEquals(written.size(), parsed.getDefaultGraph().size());
        written.forEach(t -> assertTrue(parsed.getDefaultGraph().contains(t), "written and read back whole"));
    }

    private static byte[] map(RmlMapper mapper, Function<ByteArrayOutputStream, StreamRDF> writer)
            throws MappingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF stream = writer.apply(bytes);
        stream.start();
        MapResult result = mapper.run(MapOptions.defaults(), MappedRecordSinks.toStream(stream, e -> {
            throw new AssertionError(e.message());
        }));
        stream.finish();
        assertEquals(0, result.recordsFailed());
        return bytes.toByteArray();
    }

    private static DatasetGraph parse(byte[] nquads) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (ByteArrayInputStream in = new ByteArrayInputStream(nquads)) {
            RDFParser.source(in).lang(Lang.NQUADS).strict(true).parse(dsg);
        }
        return dsg;
    }
}
