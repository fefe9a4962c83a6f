package org.opendatasaveslives.odsl.serve.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback text that tries to run script, as headless Chromium renders the page: the script never runs (the page
 * title stays), the text is shown as text. Screenshots of the page and the catalogue go to target/screenshots.
 * Skipped where Chromium is not installed.
 */
class FeedbackBrowserTest {
    private static final long CHROMIUM_SECONDS = 120;
    private static final String ATTACK = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";

    @TempDir
    Path profile;

    @Test
    void scriptInFeedbackNeverRunsInABrowser() throws Exception {
        assumeTrue(chromiumBinary().isPresent(), "chromium is not installed (apt-get install chromium)");
        FusekiServer server = FeedbackFixture.start(FeedbackFixture.dataset(), FeedbackLimits.DEFAULT);
        try {
            String root = "http://127.0.0.1:" + server.getHttpPort();
            assertEquals(201, FeedbackFixture.post(root + "/feedback", "application/json", "{\"target\": \""
                    + FeedbackFixture.CRIME + "\", \"motivation\": \"commenting\", \"text\": \""
                    + ATTACK.replace("\"", "\\\"") + "\"}").statusCode());
            String dom = chromium("--virtual-time-budget=5000", "--dump-dom", root + "/doc/crime/c1");
            assertFalse(dom.contains("pwned</title>"), dom);
            assertTrue(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x"), dom);
            assertFalse(dom.contains("<img src=\"x\""), dom);
            screenshot("feedback-crime-c1.png", root + "/doc/crime/c1#feedback");
            screenshot("feedback-catalogue.png", root + "/catalog");
        } finally {
            server.stop();
        }
    }

    private void screenshot(String name, String url) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Path png = folder.resolve(name).toAbsolutePath();
        Files.deleteIfExists(png);
        chromium("--screenshot=" + png, "--window-size=1280,1600", url);
        assertTrue(Files.size(png) > 10_000, name + " is only " + Files.size(png) + " bytes");
    }

    private String chromium(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromiumBinary().orElseThrow().toString(), "--headless",
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile));
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
