package org.opendatasaveslives.odsl.publish;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.http.auth.AuthChallenge;

/**
 * Credentials are sent only once the target asks for them (a 401), in the scheme it asks for: Digest when offered,
 * else Basic; after that every request carries them without another round trip.
 */
final class ChallengedAuthorization {
    private final Credentials credentials;
    private String basic;
    private DigestSession digest;

    ChallengedAuthorization(Credentials credentials) {
        this.credentials = credentials;
    }

    boolean hasCredentials() {
        return credentials != null;
    }

    String user() {
        return credentials == null ? null : credentials.user();
    }

    Optional<String> header(String method, URI uri) {
        if (digest != null) {
            return Optional.of(digest.authorization(method, uri));
        }
        return Optional.ofNullable(basic);
    }

    /**
     * Takes up the challenge of a 401 response; true when the request is worth repeating: credentials are known and the
     * target asks for a scheme not yet answered, or sends a new Digest nonce (the old one expired).
     */
    boolean accept(HttpResponse<?> unauthorized) throws PublishException {
        if (credentials == null) {
            return false;
        }
        List<AuthChallenge> challenges = unauthorized.headers().allValues("WWW-Authenticate").stream()
            .map(AuthChallenge::parse).filter(c -> c != null).toList();
        Optional<AuthChallenge> digestChallenge = challenges.stream()
            .filter(c -> c.authScheme == AuthScheme.DIGEST).findFirst();
        if (digestChallenge.isPresent()) {
            if (digest != null && digest.nonce().equals(digestChallenge.get().nonce)) {
                return false;
            }
            digest = new DigestSession(digestChallenge.get(), credentials);
            return true;
        }
        if (basic == null && challenges.stream().anyMatch(c -> c.authScheme == AuthScheme.BASIC)) {
            basic = "Basic " + Base64.getEncoder().encodeToString(
                (credentials.user() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
            return true;
        }
        return false;
    }
}
