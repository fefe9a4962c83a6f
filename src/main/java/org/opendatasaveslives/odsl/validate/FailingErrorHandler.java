package org.opendatasaveslives.odsl.validate;

import java.nio.file.Path;

import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;

/** A parser error handler that fails on the first error or warning, with the file, line and column in the message. */
final class FailingErrorHandler implements ErrorHandler {
    private final Path file;

    FailingErrorHandler(Path file) {
        this.file = file;
    }

    @Override
    public void warning(String message, long line, long col) {
        error(message, line, col);
    }

    @Override
    public void error(String message, long line, long col) {
        throw new RiotException(file + ", line " + line + ", column " + col + ": " + message);
    }

    @Override
    public void fatal(String message, long line, long col) {
        error(message, line, col);
    }
}
