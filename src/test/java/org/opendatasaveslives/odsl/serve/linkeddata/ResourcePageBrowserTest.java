package org.opendatasaveslives.odsl.serve.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.serve.HeadlessChromium;
import org.opendatasaveslives.odsl.serve.OdslServer;
import org.opendatasaveslives.odsl.serve.ServeConfig;

/**
 * Resource pages as a browser renders them: headless Chromium (Debian's chromium package; CI installs it) loads the
 * page, its DOM must hold the expected text, and its screenshot, kept in target/screenshots, must show something.
 * Skipped where Chromium is not installed.
 */
class ResourcePageBrowserTest {

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
        String dom = chromium().dom(base + "/doc/area/E01000001");
        assertTrue(dom.contains("<h1>Testtown 001A</h1>"), dom);
        assertTrue(dom.contains("Place in the geography"), dom);
        assertTrue(dom.contains(">Test Region</a>"), dom);
        assertTrue(dom.contains("Test crime counts"), dom);
        screenshotShowsAPage("area-E01000001.png", base + "/doc/area/E01000001");
    }

    @Test
    void crimePageRendersEscapedTextAndItsLinks() throws Exception {
        String url = base + "/id/crime/c1";
        String dom = chromium().dom(url);
        assertTrue(dom.contains("<h1>Street-level crime record c1</h1>"), "the browser followed the 303: " + dom);
        assertTrue(dom.contains("On or near &lt;script&gt;alert('x')&lt;/script&gt; Lane"), dom);
        assertFalse(dom.contains("<script"), dom);
        assertTrue(dom.contains("href=\"/doc/area/E01000001\""), dom);
        screenshotShowsAPage("crime-c1.png", url);
    }

    @Test
    void ontologyPageRenders() throws Exception {
        String dom = chromium().dom(base + "/def/");
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
        String dom = chromium().dom(base + editor.group(1).replace("&amp;", "&"), "--virtual-time-budget=10000");
        assertTrue(dom.contains("CodeMirror"), "the editor was built: " + dom);
        assertTrue(dom.contains("https://odsl.org.uk/id/crime/c1"), "the page's query is in the editor: " + dom);
    }

    private void screenshotShowsAPage(String name, String url) throws Exception {
        Path png = chromium().screenshot(name, url);
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

    private HeadlessChromium chromium() {
        return HeadlessChromium.in(profile);
    }
}
