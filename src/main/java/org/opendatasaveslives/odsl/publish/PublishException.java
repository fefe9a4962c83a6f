package org.opendatasaveslives.odsl.publish;

/** Publishing stopped: the message names the graph, the batch and what the target answered, never a password. */
public class PublishException extends Exception {
    public PublishException(String message) {
        super(message);
    }
}
