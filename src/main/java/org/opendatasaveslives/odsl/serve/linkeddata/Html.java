package org.opendatasaveslives.odsl.serve.linkeddata;

import org.opendatasaveslives.odsl.serve.HtmlEscaper;

/**
 * A small HTML writer that escapes every text and attribute value it is given; only tag and attribute names, which
 * come from the code, are written as they are.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    static String escape(String text) {
        return HtmlEscaper.escape(text);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Opens a tag; {@code attributes} are name, value pairs; a null value leaves the attribute out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** Appends HTML another writer has already escaped (a {@link PageSection}'s). */
    Html trusted(String html) {
        out.append(html);
        return this;
    }

    Html append(Html other) {
        out.append(other.out);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
