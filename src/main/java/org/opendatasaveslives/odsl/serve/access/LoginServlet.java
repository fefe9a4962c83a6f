package org.opendatasaveslives.odsl.serve.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@value BasicAuthentication#LOGIN_PATH}: reached only once Jetty has authenticated the user (the path requires a
 * login), it sends the browser back to the home page, which then lists what the user may run.
 */
public final class LoginServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect("./");
    }
}
