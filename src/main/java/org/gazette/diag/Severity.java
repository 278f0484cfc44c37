package org.gazette.diag;

/** How bad a diagnostic is. Warnings never stop a build; errors stop it only under {@code --strict}. */
public enum Severity {
    INFO, WARNING, ERROR
}
