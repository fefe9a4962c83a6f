package org.opendatasaveslives.odsl.publish;

/** A user name and password for the target store; the password never appears in {@link #toString()}. */
public record Credentials(String user, String password) {
    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }
}
