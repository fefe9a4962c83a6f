package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.Map;

/** The frame every linked-data page shares: head, site header with navigation, stylesheet. No script. */
final class PageLayout {
    static final String STYLESHEET = "/static/linkeddata.css";
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'";

    private PageLayout() {
    }

    /**
     * @param alternates media type → URL of the same document in other formats, announced in the head
     */
    static String page(String title, Map<String, String> alternates, Html body) {
        Html html = new Html();
        html.open("head").open("meta", "charset", "utf-8")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title + " — ODSL Graph")
                .open("link", "rel", "stylesheet", "href", "/static/odsl.css")
                .open("link", "rel", "stylesheet", "href", STYLESHEET);
        alternates.forEach((type, href) -> html.open("link", "rel", "alternate", "type", type, "href", href));
        html.close("head");
        html.open("body").open("header").open("p", "class", "site")
                .link("/", "ODSL Graph").text(" · ").link("/", "SPARQL query editor").text(" · ").link("/def/", "Ontology")
                .close("p").close("header");
        html.open("main").append(body).close("main").close("body");
        return "<!DOCTYPE html>\n<html lang=\"en\">" + html + "</html>\n";
    }
}
