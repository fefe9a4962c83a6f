package org.opendatasaveslives.odsl.serve.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer for a URI the readable data says nothing about: a page explaining the URI patterns for browsers, plain
 * text for everyone else. It reads the same whether the resource does not exist or the caller may not read it.
 */
final class NotFound {
    private NotFound() {
    }

    static void send(HttpServletResponse response, boolean html, String requested, UriSpace uris) throws IOException {
        String what = requested == null ? "This address does not name a resource"
                : "Nothing is known about " + requested + " in the data you may read";
        String help = "Resources are described at " + "/doc/{type}/{key} for " + uris.base() + "/id/{type}/{key}, "
                + "/doc/area/{GSS code} for ONS areas (http://statistics.data.gov.uk/id/statistical-geography/{GSS code}), "
                + "/doc/month/{YYYY-MM} for months, /def/... for ontology terms, and /doc?uri=... for any other URI.";
        if (html) {
            Html body = new Html();
            body.element("h1", "Not found");
            body.element("p", what + ".");
            body.element("p", help);
            body.open("p").text("Look for it with a query in the ").link("/", "SPARQL query editor")
                    .text(", or browse the ").link("/def/", "ontology").text(".").close("p");
            response.setHeader("Content-Security-Policy", PageLayout.CONTENT_SECURITY_POLICY);
            write(response, "text/html; charset=utf-8", PageLayout.page("Not found", Map.of(), body));
        } else {
            write(response, "text/plain; charset=utf-8", what + ".\n" + help + "\n");
        }
    }

    static void notAcceptable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        byte[] text = ("None of the requested media types is available. This document is served as "
                + DocumentFormat.listing() + ": ask for one in the Accept header or add its suffix to the path.\n")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }

    private static void write(HttpServletResponse response, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
