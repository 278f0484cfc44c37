package org.gazette.diag;

/**
 * A fatal problem that stops the build: a missing content folder, an unreadable {@code site.yaml},
 * a broken template. Its message is one line naming the file, meant for the user as is.
 */
public class GazetteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GazetteException(String message) {
        super(message);
    }

    public GazetteException(String message, Throwable cause) {
        super(message, cause);
    }
}
