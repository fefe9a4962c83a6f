package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves web assets (scripts, styles, images) from a classpath folder, so the product needs no files on disk and
 * no content from the internet. Only known asset types are served, which also keeps folders and class files out.
 */
final class ClasspathResourceServlet extends HttpServlet {
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "map", "application/json; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2");

    private final String folder;
    private final String cacheControl;

    /**
     * @param folder  classpath folder ending in {@code /}
     * @param maxAgeSeconds how long browsers may cache the files: long for versioned webjars, short for our own files
     */
    ClasspathResourceServlet(String folder, long maxAgeSeconds) {
        if (!folder.endsWith("/")) {
            throw new IllegalArgumentException("Classpath folder " + folder + " must end with /");
        }
        this.folder = folder;
        this.cacheControl = "public, max-age=" + maxAgeSeconds;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String mediaType = isSafe(path) ? MEDIA_TYPES.get(extension(path)) : null;
        InputStream in = mediaType == null ? null : Thread.currentThread().getContextClassLoader().getResourceAsStream(folder + path);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            response.setContentType(mediaType);
            response.setHeader("Cache-Control", cacheControl);
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }

    private static boolean isSafe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1);
    }
}
