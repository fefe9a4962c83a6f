package org.opendatasaveslives.odsl.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code odslfn:pseudonym}: the keyed pseudonym of an identifier (an NHS number, a police person reference), as the
 * lower-case hex HMAC-SHA256 of the identifier with its whitespace removed. Agencies that share the key turn the same
 * identifier into the same pseudonym, and so link a person by URI, while the identifier itself never leaves the
 * mapping. The key belongs to the deployment, never to a mapping or the repository: the file named by the environment
 * variable {@value #KEY_FILE_VARIABLE} (or the system property {@value #KEY_FILE_PROPERTY}). Error messages never
 * repeat the identifier.
 */
final class PseudonymFunction extends IdentifierFunction {
    static final String IRI = OdslFunctions.NS + "pseudonym";
    static final String KEY_FILE_VARIABLE = "ODSL_PSEUDONYM_KEY_FILE";
    static final String KEY_FILE_PROPERTY = "odsl.pseudonymKeyFile";
    private static final int MINIMUM_KEY_BYTES = 16;

    private final Supplier<byte[]> key;
    private Mac mac;

    PseudonymFunction(Supplier<byte[]> key) {
        super(IRI);
        this.key = key;
    }

    /** The function with the key the deployment configures, read when first needed. */
    static PseudonymFunction fromDeployment() {
        return new PseudonymFunction(PseudonymFunction::deploymentKey);
    }

    @Override
    public boolean anonymises() {
        return true;
    }

    /** A {@link Mac} is stateful, so each pass gets its own. */
    @Override
    public RmlFunction newRun() {
        return new PseudonymFunction(key);
    }

    @Override
    public Object apply(Object[] args) throws FunctionException {
        if (args[0] == null) {
            return null;
        }
        String identifier = Values.str(args[0]).replaceAll("\\s+", "");
        if (identifier.isEmpty()) {
            return null;
        }
        return HexFormat.of().formatHex(mac().doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac mac() throws FunctionException {
        if (mac == null) {
            byte[] secret = key.get();
            if (secret == null) {
                throw new FunctionException("no pseudonymisation key is configured: set " + KEY_FILE_VARIABLE
                    + " to a file holding the deployment's key (a key never goes in a mapping)");
            }
            if (secret.length < MINIMUM_KEY_BYTES) {
                throw new FunctionException("the pseudonymisation key is too short: it needs at least "
                    + MINIMUM_KEY_BYTES + " bytes");
            }
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
            }
        }
        return mac;
    }

    private static byte[] deploymentKey() {
        String file = System.getProperty(KEY_FILE_PROPERTY, System.getenv(KEY_FILE_VARIABLE));
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the pseudonymisation key file named by " + KEY_FILE_VARIABLE
                + ": " + file, e);
        }
    }
}
