package org.opendatasaveslives.odsl.serve.catalog;

/** Escaping for text and attribute values in the pages this package writes. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The start of a page: doctype, title and the site's stylesheet. */
    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
            + "</title>\n<link rel=\"stylesheet\" href=\"/static/odsl.css\">\n</head>\n<body>\n";
    }
}
