package org.opendatasaveslives.odsl.serve.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.serve.HeadlessChromium;

/**
 * Feedback text that tries to run script, as headless Chromium renders the page: the script never runs (the page
 * title stays), the text is shown as text. Screenshots of the page and the catalogue go to target/screenshots.
 * Skipped where Chromium is not installed.
 */
class FeedbackBrowserTest {
    private static final String ATTACK = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";

    @TempDir
    Path profile;

    @Test
    void scriptInFeedbackNeverRunsInABrowser() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.in(profile);
        FusekiServer server = FeedbackFixture.start(FeedbackFixture.dataset(), FeedbackLimits.DEFAULT);
        try {
            String root = "http://127.0.0.1:" + server.getHttpPort();
            assertEquals(201, FeedbackFixture.post(root + "/feedback", "application/json", "{\"target\": \""
                    + FeedbackFixture.CRIME + "\", \"motivation\": \"commenting\", \"text\": \""
                    + ATTACK.replace("\"", "\\\"") + "\"}").statusCode());
            String dom = chromium.dom(root + "/doc/crime/c1", "--virtual-time-budget=5000");
            assertFalse(dom.contains("pwned</title>"), dom);
            assertTrue(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x"), dom);
            assertFalse(dom.contains("<img src=\"x\""), dom);
            screenshot(chromium, "feedback-crime-c1.png", root + "/doc/crime/c1#feedback");
            screenshot(chromium, "feedback-catalogue.png", root + "/catalog");
        } finally {
            server.stop();
        }
    }

    private static void screenshot(HeadlessChromium chromium, String name, String url) throws Exception {
        Path png = chromium.screenshot(name, url);
        assertTrue(Files.size(png) > 10_000, name + " is only " + Files.size(png) + " bytes");
    }
}
