package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the pre-rendered {@link HomePage} at the site root, with the example queries the request's user may run. */
final class HomePageServlet extends HttpServlet {
    private final ExampleQueryAudience audience;
    private final byte[] openPage;
    private final byte[] fullPage;

    HomePageServlet(ExampleQueryAudience audience) {
        this.audience = audience;
        this.openPage = HomePage.render(audience.open()).getBytes(StandardCharsets.UTF_8);
        this.fullPage = HomePage.render(audience.all()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] page = audience.seesAll(request) ? fullPage : openPage;
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The page differs by user: no shared cache may hand one user's page to another.
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Vary", "Authorization");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
