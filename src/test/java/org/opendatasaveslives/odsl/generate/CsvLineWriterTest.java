package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLineWriterTest {

    @TempDir
    Path temp;

    @Test
    void quotesOnlyFieldsWithCommasQuotesOrLineBreaks() throws IOException {
        Path file = temp.resolve("a/b.csv");
        try (CsvLineWriter out = new CsvLineWriter(file, CsvLineWriter.LineEnding.LF, false)) {
            out.header("name", "note");
            out.row("NHS Heywood, Middleton and Rochdale CCG", "plain");
            out.row("said \"hi\"", "two\nlines");
            out.row("", "Investigation complete; no suspect identified");
            assertEquals(3, out.dataRows());
        }
        assertEquals("name,note\n"
                + "\"NHS Heywood, Middleton and Rochdale CCG\",plain\n"
                + "\"said \"\"hi\"\"\",\"two\nlines\"\n"
                + ",Investigation complete; no suspect identified\n",
                Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void writesCrLfAndAByteOrderMarkWhenAsked() throws IOException {
        Path file = temp.resolve("bom.csv");
        try (CsvLineWriter out = new CsvLineWriter(file, CsvLineWriter.LineEnding.CRLF, true)) {
            out.header("A");
            out.row("é");
        }
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', '\r', '\n', (byte) 0xC3,
            (byte) 0xA9, '\r', '\n'}, Files.readAllBytes(file));
    }
}
