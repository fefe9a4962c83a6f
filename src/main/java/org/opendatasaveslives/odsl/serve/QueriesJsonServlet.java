package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the example queries as a JSON array of {@code {name, title, question, query, file}} objects. */
final class QueriesJsonServlet extends HttpServlet {
    static final String PATH = "/queries.json";

    private final byte[] json;

    QueriesJsonServlet(List<ExampleQuery> queries) throws IOException {
        this.json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(HomePage.describe(queries));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
