package org.opendatasaveslives.odsl.serve.linkeddata;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The URIs this server answers for, and where on this server each URI is described.
 * <ul>
 *   <li>Things the project mints, {@code {base}/id/{type}/{key}}: described at {@code /doc/{type}/{key}}.</li>
 *   <li>Ontology terms, {@code {base}/def/...}: described at the same path, {@code /def/...}.</li>
 *   <li>External URIs the data uses but does not mint (ONS areas, reference.data.gov.uk periods): described at
 *       {@code /doc/area/{GSS}}, {@code /doc/month/{YYYY-MM}} and so on, never re-minted.</li>
 *   <li>Any other URI the data describes (release provenance nodes, graph names): {@code /doc?uri=...}.</li>
 * </ul>
 * The base is the one the data was built with (odsl build --base), not this server's address, so a server on
 * localhost answers for the published URIs.
 */
public final class UriSpace {
    public static final String ONS_AREA = "http://statistics.data.gov.uk/id/statistical-geography/";
    private static final String REFERENCE = "http://reference.data.gov.uk/id/";
    /** Document type on this server → namespace of the external URIs it describes. */
    private static final Map<String, String> EXTERNAL = new LinkedHashMap<>();

    static {
        EXTERNAL.put("area", ONS_AREA);
        for (String period : new String[] {"day", "month", "quarter", "year", "government-year"}) {
            EXTERNAL.put(period, REFERENCE + period + "/");
        }
    }

    private final String base;

    private UriSpace(String base) {
        this.base = base;
    }

    /**
     * @param base the base the data's URIs were minted with, such as {@code https://odsl.org.uk}, with or without a
     *             final slash
     * @throws IllegalArgumentException when the base is not an absolute http(s) URI without query or fragment
     */
    public static UriSpace of(String base) {
        String trimmed = base == null ? "" : base.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("Base URI '" + base + "' is not an http(s) URI such as https://odsl.org.uk");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Base URI '" + base + "' is not a URI: " + e.getMessage(), e);
        }
        return new UriSpace(trimmed);
    }

    /** The base, without a final slash. */
    public String base() {
        return base;
    }

    /** The URI of the thing described at a {@code /doc/{type}/{key}} path (raw, percent-encoded as requested). */
    Optional<String> thingAt(String docPath) {
        if (!docPath.startsWith("/doc/")) {
            return Optional.empty();
        }
        String rest = docPath.substring("/doc/".length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            return Optional.empty();
        }
        String type = rest.substring(0, slash);
        String key = rest.substring(slash + 1);
        String external = EXTERNAL.get(type);
        if (external != null) {
            return key.contains("/") ? Optional.empty() : Optional.of(external + key);
        }
        return Optional.of(base + "/id/" + rest);
    }

    /** The ontology term described at a {@code /def/...} path. */
    String termAt(String defPath) {
        return base + defPath;
    }

    /**
     * The path on this server that describes a URI if the URI belongs to one of the spaces above, else empty: the
     * caller decides whether a {@link #describePath(String) generic description} is worth a link.
     */
    Optional<String> pagePath(String uri) {
        if (uri.contains("#") || uri.contains("?")) {
            return Optional.empty();
        }
        if (uri.startsWith(base + "/id/") && uri.length() > (base + "/id/").length()) {
            return Optional.of("/doc/" + uri.substring((base + "/id/").length()));
        }
        if (uri.startsWith(base + "/def/")) {
            return Optional.of(uri.substring(base.length()));
        }
        for (Map.Entry<String, String> space : EXTERNAL.entrySet()) {
            String key = uri.startsWith(space.getValue()) ? uri.substring(space.getValue().length()) : "";
            if (!key.isEmpty() && !key.contains("/")) {
                return Optional.of("/doc/" + space.getKey() + "/" + key);
            }
        }
        return Optional.empty();
    }

    /** The path of the document about any URI on this server: its page in a served space, else its generic description. */
    public String documentPath(String uri) {
        return pagePath(uri).orElseGet(() -> describePath(uri));
    }

    /** The generic description of any URI: {@code /doc?uri=...}. */
    static String describePath(String uri) {
        return "/doc?uri=" + URLEncoder.encode(uri, StandardCharsets.UTF_8);
    }

    static boolean isArea(String uri) {
        return uri.startsWith(ONS_AREA);
    }
}
