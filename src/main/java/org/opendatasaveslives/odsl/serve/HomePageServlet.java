package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the pre-rendered {@link HomePage} at the site root. */
final class HomePageServlet extends HttpServlet {
    private final byte[] page;

    HomePageServlet(String html) {
        this.page = html.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
