package org.opendatasaveslives.odsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, for tests that check pages as a browser renders them: the DOM after scripts would have
 * run, and screenshots into {@code target/screenshots}. A test using it is skipped where Chromium is not installed
 * (CI installs it).
 */
public final class HeadlessChromium {
    private static final long SECONDS = 180;
    private final Path binary;
    private final Path profile;

    private HeadlessChromium(Path binary, Path profile) {
        this.binary = binary;
        this.profile = profile;
    }

    /** Chromium on the PATH with its own profile in this folder; skips the calling test when it is not installed. */
    public static HeadlessChromium in(Path profile) {
        Optional<Path> binary = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
                .filter(Files::isExecutable).findFirst();
        assumeTrue(binary.isPresent(), "chromium is not installed (apt-get install chromium)");
        return new HeadlessChromium(binary.get(), profile);
    }

    /** The page's DOM after loading; extra Chromium switches (e.g. a virtual time budget) come before the URL. */
    public String dom(String url, String... switches) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(switches));
        arguments.addAll(List.of("--dump-dom", url));
        return run(arguments);
    }

    /** Writes a 1280×1600 screenshot of the page to {@code target/screenshots/NAME} and returns its path. */
    public Path screenshot(String name, String url) throws IOException, InterruptedException {
        Path png = Path.of("target", "screenshots", name).toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        run(List.of("--screenshot=" + png, "--window-size=1280,1600", "--hide-scrollbars", url));
        return png;
    }

    private String run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(arguments);
        File log = profile.resolve("chromium.log").toFile();
        Files.createDirectories(profile);
        Process process = new ProcessBuilder(command).redirectError(log).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + SECONDS + " s: " + command);
        }
        assertEquals(0, process.exitValue(), "chromium failed: " + Files.readString(log.toPath()));
        return new String(out, StandardCharsets.UTF_8);
    }
}
