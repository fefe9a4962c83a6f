package org.opendatasaveslives.odsl.serve.cache;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a repeated GET from memory: the same user, URL (host and query string included) and Accept header, while
 * the data has not changed, get the bytes the route wrote the first time. Most of a lookup's or a page's time is
 * spent in Jetty, Fuseki and the result writers rather than in the data, so a repeat costs about what a ping does.
 * <ul>
 *   <li>Only requests the server deems {@code eligible} (routes and users whose every answer may be replayed; not
 *       those that must be audited) and only complete 200 answers up to a size, setting no cookie, are kept. The
 *       answer's own {@code Cache-Control} (Fuseki sends {@code no-store} with every SPARQL result) is replayed to the
 *       client and speaks to the caches between it and this server; this one is part of the server and knows when the
 *       data changes.</li>
 *   <li>The data version is part of the key: any committed write (feedback) makes every earlier entry unreachable.</li>
 *   <li>A request with {@code Cache-Control: no-cache} or {@code Pragma: no-cache} is answered afresh, and so is a
 *       query calling a function whose value changes from one run to the next ({@code NOW()}, {@code RAND()},
 *       {@code UUID()}, {@code STRUUID()}, {@code BNODE()}).</li>
 *   <li>Each answer says what happened in a {@code Cache-Status} header (RFC 9211): {@code hit}, {@code fwd=uri-miss}
 *       or {@code fwd=request}.</li>
 * </ul>
 * The bound counts bytes held (bodies and headers), least recently used first out.
 */
public final class ResponseCacheFilter implements Filter {
    public static final String CACHE_STATUS = "Cache-Status";
    static final String HIT = "odsl; hit";
    static final String MISS = "odsl; fwd=uri-miss";
    static final String BYPASSED = "odsl; fwd=request";

    private static final Pattern VOLATILE_FUNCTION = Pattern.compile("(?i)\\b(now|rand|uuid|struuid|bnode)\\s*\\(");
    // Headers the replay sets itself, or that belong to one exchange only.
    private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "date", "connection",
            "transfer-encoding", "fuseki-request-id", "cache-status");

    /**
     * Below Fuseki's 5 MB response buffer: a query that fails after writing more than that has already sent its 200,
     * and such a broken answer must never be kept.
     */
    private static final int MAX_ENTRY_BYTES = 4 << 20;

    private record Key(long dataVersion, String user, String url, String accept) {
    }

    private final Cache<Key, CachedResponse> entries;
    private final int maxEntryBytes;
    private final LongSupplier dataVersion;
    private final Predicate<HttpServletRequest> eligible;

    /**
     * @param maxBytes    memory the entries may hold; one entry takes at most a sixteenth of it, and at most 4 MB
     * @param dataVersion a number that changes whenever the served data does
     * @param eligible    requests whose answers may be replayed to the same user
     */
    public ResponseCacheFilter(long maxBytes, LongSupplier dataVersion, Predicate<HttpServletRequest> eligible) {
        if (maxBytes < 16) {
            throw new IllegalArgumentException("A response cache of " + maxBytes + " bytes cannot hold anything");
        }
        this.entries = Caffeine.newBuilder().maximumWeight(maxBytes)
                .<Key, CachedResponse>weigher((key, entry) -> entry.weight() + key.url().length() + key.accept().length())
                .build();
        this.maxEntryBytes = (int) Math.min(MAX_ENTRY_BYTES, maxBytes / 16);
        this.dataVersion = dataVersion;
        this.eligible = eligible;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)
                || !"GET".equals(http.getMethod()) || !eligible.test(http)) {
            chain.doFilter(request, response);
            return;
        }
        if (askedFresh(http) || callsVolatileFunction(http)) {
            httpResponse.setHeader(CACHE_STATUS, BYPASSED);
            chain.doFilter(request, response);
            return;
        }
        Key key = keyOf(http);
        CachedResponse cached = entries.getIfPresent(key);
        if (cached != null) {
            httpResponse.setHeader(CACHE_STATUS, HIT);
            cached.writeTo(httpResponse);
            return;
        }
        httpResponse.setHeader(CACHE_STATUS, MISS);
        Set<String> headersBefore = lowerCaseNames(httpResponse.getHeaderNames());
        CapturingResponse capture = new CapturingResponse(httpResponse, maxEntryBytes);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        if (body != null && httpResponse.getStatus() == HttpServletResponse.SC_OK && httpResponse.getContentType() != null
                && httpResponse.getHeader("Set-Cookie") == null) {
            entries.put(key, new CachedResponse(httpResponse.getContentType(), headersAdded(httpResponse, headersBefore), body));
        }
    }

    private Key keyOf(HttpServletRequest request) {
        String query = request.getQueryString();
        String url = request.getRequestURL() + (query == null ? "" : "?" + query);
        String user = request.getRemoteUser();
        String accept = request.getHeader("Accept");
        return new Key(dataVersion.getAsLong(), user == null ? "" : user, url, accept == null ? "" : accept);
    }

    private static boolean askedFresh(HttpServletRequest request) {
        String control = lowerCase(request.getHeader("Cache-Control"));
        return control.contains("no-cache") || control.contains("no-store")
                || lowerCase(request.getHeader("Pragma")).contains("no-cache");
    }

    private static String lowerCase(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT);
    }

    private static boolean callsVolatileFunction(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        try {
            return VOLATILE_FUNCTION.matcher(URLDecoder.decode(query, StandardCharsets.UTF_8)).find();
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    private static List<Map.Entry<String, String>> headersAdded(HttpServletResponse response, Set<String> before) {
        List<Map.Entry<String, String>> added = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!before.contains(lower) && !NOT_REPLAYED.contains(lower)) {
                response.getHeaders(name).forEach(value -> added.add(new AbstractMap.SimpleImmutableEntry<>(name, value)));
            }
        }
        return List.copyOf(added);
    }

    private static Set<String> lowerCaseNames(Iterable<String> names) {
        Set<String> lower = new HashSet<>();
        names.forEach(name -> lower.add(name.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
