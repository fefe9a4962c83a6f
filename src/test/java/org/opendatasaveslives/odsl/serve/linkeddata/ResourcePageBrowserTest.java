package org.opendatasaveslives.odsl.serve.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.serve.OdslServer;
import org.opendatasaveslives.odsl.serve.ServeConfig;

/**
 * Resource pages as a browser renders them: headless Chromium (Debian's chromium package; CI installs it) loads the
 * page, its DOM must hold the expected text, and its screenshot, kept in target/screenshots, must show something.
 * Skipped where Chromium is not installed.
 */
class ResourcePageBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final long CHROMIUM_SECONDS = 120;

    private static OdslServer server;
    private static String base;

    @TempDir
    Path profile;

    @BeforeAll
    static void start() {
        server = OdslServer.start(ServeConfig.forDataset(LinkedDataFixture.dataset()).port(0).build());
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void areaPageRendersItsHierarchyAndData() throws Exception {
        String dom = chromium("--dump-dom", base + "/doc/area/E01000001");
        assertTrue(dom.contains("<h1>Testtown 001A</h1>"), dom);
        assertTrue(dom.contains("Place in the geography"), dom);
        assertTrue(dom.contains(">Test Region</a>"), dom);
        assertTrue(dom.contains("Test crime counts"), dom);
        screenshotShowsAPage("area-E01000001.png", base + "/doc/area/E01000001");
    }

    @Test
    void crimePageRendersEscapedTextAndItsLinks() throws Exception {
        String url = base + "/id/crime/c1";
        String dom = chromium("--dump-dom", url);
        assertTrue(dom.contains("<h1>Street-level crime record c1</h1>"), "the browser followed the 303: " + dom);
        assertTrue(dom.contains("On or near &lt;script&gt;alert('x')&lt;/script&gt; Lane"), dom);
        assertFalse(dom.contains("<script"), dom);
        assertTrue(dom.contains("href=\"/doc/area/E01000001\""), dom);
        screenshotShowsAPage("crime-c1.png", url);
    }

    @Test
    void ontologyPageRenders() throws Exception {
        String dom = chromium("--dump-dom", base + "/def/");
        assertTrue(dom.contains("<h1>ODSL ontology</h1>"), dom);
        assertTrue(dom.contains("Street-level crime record"), dom);
        screenshotShowsAPage("ontology.png", base + "/def/");
    }

    @Test
    void queryEditorLinkOpensTheQueryInYasgui() throws Exception {
        String page = LinkedDataFixture.get(base + "/doc/crime/c1", "text/html").body();
        Matcher editor = Pattern.compile("href=\"(/#query=[^\"]+)\">Open in the query editor").matcher(page);
        assertTrue(editor.find(), page);
        // YASGUI builds its editor with script; give it time to run before the DOM is dumped.
        String dom = chromium("--virtual-time-budget=10000", "--dump-dom", base + editor.group(1).replace("&amp;", "&"));
        assertTrue(dom.contains("CodeMirror"), "the editor was built: " + dom);
        assertTrue(dom.contains("https://odsl.org.uk/id/crime/c1"), "the page's query is in the editor: " + dom);
    }

    private void screenshotShowsAPage(String name, String url) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name).toAbsolutePath();
        Files.deleteIfExists(png);
        chromium("--screenshot=" + png, "--window-size=1280,1600", url);
        assertTrue(Files.size(png) > 10_000, name + " is only " + Files.size(png) + " bytes");
        byte[] signature = new byte[] {(byte) 0x89, 'P', 'N', 'G'};
        byte[] head = new byte[4];
        System.arraycopy(Files.readAllBytes(png), 0, head, 0, 4);
        assertArrayEquals(signature, head, name + " is not a PNG");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertTrue(colours(image) > 16, name + " looks blank: too few colours");
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private String chromium(String... arguments) throws IOException, InterruptedException {
        Optional<Path> binary = chromiumBinary();
        assumeTrue(binary.isPresent(), "chromium is not installed (apt-get install chromium)");
        List<String> command = new ArrayList<>(List.of(binary.get().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        File log = profile.resolve("chromium.log").toFile();
        Process process = new ProcessBuilder(command).redirectError(log).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(CHROMIUM_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + CHROMIUM_SECONDS + " s: " + command);
        }
        assertEquals(0, process.exitValue(), "chromium failed: " + Files.readString(log.toPath()));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Optional<Path> chromiumBinary() {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
                .filter(Files::isExecutable).findFirst();
    }
}
