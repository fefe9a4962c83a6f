package org.opendatasaveslives.odsl.serve.cache;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A complete 200 response kept for replay: its content type, the headers the route set and its body.
 *
 * @param headers name and value pairs in the order the route added them; a name may repeat
 */
record CachedResponse(String contentType, List<Map.Entry<String, String>> headers, byte[] body) {
    /** Memory the entry holds, roughly: what the cache's byte bound counts. */
    int weight() {
        int weight = body.length + contentType.length() + 64;
        for (Map.Entry<String, String> header : headers) {
            weight += header.getKey().length() + header.getValue().length() + 32;
        }
        return weight;
    }

    void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        for (Map.Entry<String, String> header : headers) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
