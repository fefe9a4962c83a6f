package org.opendatasaveslives.odsl.publish;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.apache.jena.http.auth.AuthChallenge;

/**
 * HTTP Digest authentication (RFC 7616, MD5, qop=auth) answering one challenge of the target for as many requests as
 * its nonce lasts, counting them in {@code nc}. Jena answers digest challenges only with one method per session
 * (a publication mixes PUT and POST) and the JDK's HttpClient not at all; Virtuoso's authenticated Graph Store endpoint
 * asks for Digest.
 */
final class DigestSession {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthChallenge challenge;
    private final Credentials credentials;
    private final String clientNonce;
    private long count;

    DigestSession(AuthChallenge challenge, Credentials credentials) throws PublishException {
        String algorithm = challenge.authParams.getOrDefault("algorithm", "MD5");
        if (!algorithm.equalsIgnoreCase("MD5")) {
            throw new PublishException("the target asks for Digest authentication with algorithm " + algorithm
                + "; odsl publish answers MD5 Digest and Basic only");
        }
        this.challenge = challenge;
        this.credentials = credentials;
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        this.clientNonce = HexFormat.of().formatHex(bytes);
    }

    String nonce() {
        return challenge.nonce;
    }

    /** The Authorization header value for one request. */
    synchronized String authorization(String method, URI uri) {
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String secret = md5(credentials.user() + ":" + challenge.realm + ":" + credentials.password());
        String request = md5(method + ":" + target);
        boolean qop = challenge.qop != null;
        String nc = String.format("%08x", ++count);
        String response = qop
            ? md5(secret + ":" + challenge.nonce + ":" + nc + ":" + clientNonce + ":auth:" + request)
            : md5(secret + ":" + challenge.nonce + ":" + request);
        StringBuilder header = new StringBuilder("Digest ")
            .append("username=\"").append(credentials.user())
            .append("\", realm=\"").append(challenge.realm)
            .append("\", nonce=\"").append(challenge.nonce)
            .append("\", uri=\"").append(target)
            .append("\", response=\"").append(response).append('"');
        if (qop) {
            header.append(", qop=auth, nc=").append(nc).append(", cnonce=\"").append(clientNonce).append('"');
        }
        if (challenge.opaque != null) {
            header.append(", opaque=\"").append(challenge.opaque).append('"');
        }
        return header.append(", algorithm=MD5").toString();
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java platform", e);
        }
    }
}
