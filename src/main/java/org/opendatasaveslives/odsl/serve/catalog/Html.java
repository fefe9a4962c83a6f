package org.opendatasaveslives.odsl.serve.catalog;

import org.opendatasaveslives.odsl.serve.HtmlEscaper;

/** Escaping for text and attribute values in the pages this package writes. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        return HtmlEscaper.escape(text);
    }

    /** The start of a page: doctype, title and the site's stylesheet. */
    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
            + "</title>\n<link rel=\"stylesheet\" href=\"/static/odsl.css\">\n</head>\n<body>\n";
    }
}
