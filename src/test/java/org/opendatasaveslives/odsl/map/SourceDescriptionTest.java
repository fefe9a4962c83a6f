package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RML-IO source descriptions: rml:encoding, rml:compression, rml:null. */
class SourceDescriptionTest {
    private static final String CSV = "id,name\n1,Ann\n2,NULL\n";
    private static final String EXPECTED = """
            <http://example.com/1> <http://example.com/name> "Ann" .
            """;

    @TempDir
    Path dir;

    private Path mapping(String file, String formulation, String iterator, String description) throws IOException {
        String ref = formulation.equals("rml:CSV") ? "" : "$.";
        return Files.writeString(dir.resolve("mapping.ttl"), """
                @prefix rml: <http://w3id.org/rml/> .
                @prefix ex: <http://example.com/> .
                ex:T a rml:TriplesMap ;
                  rml:logicalSource [ rml:referenceFormulation %s ; %s
                    rml:source [ a rml:RelativePathSource ; rml:root rml:MappingDirectory ; rml:path "%s" ; %s ] ] ;
                  rml:subjectMap [ rml:template "http://example.com/{%sid}" ] ;
                  rml:predicateObjectMap [ rml:predicate ex:name ; rml:objectMap [ rml:reference "%sname" ] ] .
                """.formatted(formulation, iterator == null ? "" : "rml:iterator \"" + iterator + "\" ;", file,
                description, ref, ref));
    }

    private static DatasetGraph run(Path mapping) throws MappingException {
        DatasetGraph out = DatasetGraphFactory.create();
        RmlMapper.load(mapping).run(MapOptions.defaults().withStrict(true),
                MappedRecordSinks.toStream(StreamRDFLib.dataset(out), error -> { }));
        return out;
    }

    private static void assertOutput(DatasetGraph actual) {
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.fromString(EXPECTED, Lang.NQUADS).parse(expected);
        assertTrue(IsoMatcher.isomorphic(expected, actual), () -> actual.stream().toList().toString());
    }

    @Test
    void zippedUtf16CsvWithANullString() throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("people.zip")))) {
            zip.putNextEntry(new ZipEntry("people.csv"));
            zip.write(CSV.getBytes(StandardCharsets.UTF_16));
        }
        assertOutput(run(mapping("people.zip", "rml:CSV", null,
                "rml:compression rml:zip ; rml:encoding rml:UTF-16 ; rml:null \"NULL\"")));
    }

    @Test
    void tarGzJsonWithANullString() throws Exception {
        byte[] json = "[{\"id\": 1, \"name\": \"Ann\"}, {\"id\": 2, \"name\": \"NULL\"}]".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("people.tar.gz")))) {
            out.write(tar("people.json", json));
        }
        assertOutput(run(mapping("people.tar.gz", "rml:JSONPath", "$[*]", "rml:compression rml:targz ; rml:null \"NULL\"")));
    }

    @Test
    void anUnsupportedCompressionNamesTheTriplesMapAndTheProperty() throws Exception {
        Files.writeString(dir.resolve("people.csv"), CSV);
        Path m = mapping("people.csv", "rml:CSV", null, "rml:compression rml:tarxz");
        MappingException e = assertThrows(MappingException.class, () -> RmlMapper.load(m));
        assertTrue(e.getMessage().contains("triples map ex:T, rml:source/rml:compression: unsupported compression"),
                e.getMessage());
    }

    /** A one-file ustar archive. */
    private static byte[] tar(String name, byte[] content) throws IOException {
        byte[] header = new byte[512];
        System.arraycopy(name.getBytes(StandardCharsets.US_ASCII), 0, header, 0, name.length());
        put(header, 100, "0000644\0");
        put(header, 108, "0000000\0");
        put(header, 116, "0000000\0");
        put(header, 124, String.format("%011o\0", content.length));
        put(header, 136, "00000000000\0");
        header[156] = '0';
        put(header, 257, "ustar\0");
        put(header, 148, "        ");
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o\0 ", sum));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header);
        out.write(content);
        out.write(new byte[(512 - content.length % 512) % 512]);
        out.write(new byte[1024]);
        return out.toByteArray();
    }

    private static void put(byte[] header, int offset, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, header, offset, b.length);
    }
}
