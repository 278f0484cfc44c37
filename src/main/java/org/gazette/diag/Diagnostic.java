package org.gazette.diag;

import java.util.Objects;

/**
 * One finding about one input file: what is wrong and where.
 *
 * @param file    the file, relative to the source folder where possible (forward slashes)
 * @param line    1-based line number, or 0 when the finding is about the whole file
 * @param severity how bad it is
 * @param message a sentence for a person, without the file name
 */
public record Diagnostic(String file, int line, Severity severity, String message) {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0) throw new IllegalArgumentException("line must be >= 0");
    }

    public static Diagnostic warning(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.WARNING, message);
    }

    public static Diagnostic warning(String file, String message) {
        return warning(file, 0, message);
    }

    public static Diagnostic error(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.ERROR, message);
    }

    public static Diagnostic info(String file, String message) {
        return new Diagnostic(file, 0, Severity.INFO, message);
    }

    /** {@code file:line: severity: message}, the shape compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
