package org.opendatasaveslives.odsl.serve.feedback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.opendatasaveslives.odsl.map.NhsNumberFunction;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads and checks the body of {@code POST /feedback}: a form ({@code application/x-www-form-urlencoded}: target,
 * motivation, text, back) or JSON ({@code {"target": IRI, "motivation": "questioning", "text": "..."}}). The body is
 * read up to the request cap and no further.
 */
final class FeedbackRequest {
    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON_TYPE = "application/json";
    // Ten digits, together or grouped 3-3-4 by a space or hyphen, not inside a longer run of digits.
    private static final Pattern NHS_NUMBER_LIKE = Pattern.compile("(?<![0-9])([0-9]{3})[ -]?([0-9]{3})[ -]?([0-9]{4})(?![0-9])");

    private final FeedbackLimits limits;

    FeedbackRequest(FeedbackLimits limits) {
        this.limits = limits;
    }

    static boolean isForm(HttpServletRequest request) {
        return !mediaType(request).equals(JSON_TYPE);
    }

    NewAnnotation read(HttpServletRequest request) throws IOException, FeedbackRejected {
        String type = mediaType(request);
        if (!type.equals(FORM) && !type.equals(JSON_TYPE)) {
            throw new FeedbackRejected(415, "Send feedback as " + JSON_TYPE + " or as a form (" + FORM + "), not '" + type + "'.");
        }
        String body = body(request);
        return type.equals(FORM) ? fromForm(body) : fromJson(body);
    }

    private NewAnnotation fromForm(String body) throws FeedbackRejected {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    fields.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw new FeedbackRejected(400, "The form is not properly URL-encoded: " + e.getMessage());
                }
            }
        }
        return checked(fields.get("target"), fields.get("motivation"), fields.get("text"), localPath(fields.get("back")));
    }

    private NewAnnotation fromJson(String body) throws FeedbackRejected {
        JsonObject json;
        try {
            json = JSON.parseAny(body).getAsObject();
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new FeedbackRejected(400, "The body is not a JSON object such as {\"target\": \"https://...\","
                    + " \"motivation\": \"questioning\", \"text\": \"...\"}.");
        }
        return checked(string(json, "target"), string(json, "motivation"), string(json, "text"), Optional.empty());
    }

    private NewAnnotation checked(String target, String motivation, String text, Optional<String> back) throws FeedbackRejected {
        if (target == null || !isWebIri(target.strip())) {
            throw new FeedbackRejected(400, "Field 'target' must be the http(s) IRI of the resource or dataset the feedback is about.");
        }
        Motivation why = Motivation.parse(motivation).orElseThrow(() -> new FeedbackRejected(400,
                "Field 'motivation' must be one of " + Motivation.allIds() + "."));
        String content = text == null ? "" : text.strip();
        if (content.isEmpty()) {
            throw new FeedbackRejected(400, "Field 'text' is empty: say what is wrong or unclear.");
        }
        int length = content.codePointCount(0, content.length());
        if (length > limits.maxTextLength()) {
            throw new FeedbackRejected(413, "Field 'text' has " + length + " characters; at most " + limits.maxTextLength()
                    + " are accepted.");
        }
        if (holdsNhsNumber(content)) {
            throw new FeedbackRejected(400, "Field 'text' seems to hold an NHS number (ten digits passing the Modulus 11"
                    + " check). Feedback is public: describe the record without personal identifiers.");
        }
        return new NewAnnotation(target.strip(), why, content, back);
    }

    static boolean holdsNhsNumber(String text) {
        Matcher digits = NHS_NUMBER_LIKE.matcher(text);
        while (digits.find()) {
            if (NhsNumberFunction.isValid(digits.group(1) + digits.group(2) + digits.group(3))) {
                return true;
            }
        }
        return false;
    }

    private String body(HttpServletRequest request) throws IOException, FeedbackRejected {
        long declared = request.getContentLengthLong();
        if (declared > limits.maxRequestBytes()) {
            throw tooLarge();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InputStream in = request.getInputStream();
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (bytes.size() + n > limits.maxRequestBytes()) {
                throw tooLarge();
            }
            bytes.write(buffer, 0, n);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads and drops what is left of a refused request's body, up to the request cap, so that the connection can
     * carry the client's next request; false when more is left, and the connection should be closed instead.
     */
    boolean discardRest(HttpServletRequest request) throws IOException {
        InputStream in = request.getInputStream();
        byte[] buffer = new byte[4096];
        long discarded = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            discarded += n;
            if (discarded > limits.maxRequestBytes()) {
                return false;
            }
        }
        return true;
    }

    private FeedbackRejected tooLarge() {
        return new FeedbackRejected(413, "The request is larger than " + limits.maxRequestBytes() + " bytes; feedback text"
                + " is limited to " + limits.maxTextLength() + " characters.");
    }

    private static String string(JsonObject json, String key) throws FeedbackRejected {
        JsonValue value = json.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw new FeedbackRejected(400, "Field '" + key + "' must be a JSON string.");
        }
        return value.getAsString().value();
    }

    /** A path on this server to return to; anything else (another site, {@code //host}) is ignored. */
    private static Optional<String> localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return Optional.empty();
        }
        return Optional.of(back);
    }

    private static boolean isWebIri(String iri) {
        try {
            URI uri = new URI(iri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
