package org.gazette.testing;

import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu), run in-process: the schema is set
 * up once and every file checked against it. Collects errors; warnings only when asked.
 */
public final class HtmlChecker {
    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public HtmlChecker() throws Exception {
        // no language detection: it only gives advisory warnings about mixed-language demo text
        validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", new SystemErrErrorHandler());
        validator.setUpValidatorAndParsers(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                warnings.add(format(e));
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(format(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(format(e));
            }
        }, false, false);
    }

    /** Checks a file; problems accumulate in {@link #errors()} and {@link #warnings()}. */
    public void check(Path file) throws Exception {
        validator.checkHtmlFile(file.toFile(), true);
    }

    public List<String> errors() {
        return errors;
    }

    public List<String> warnings() {
        return warnings;
    }

    private static String format(SAXParseException e) {
        String where = e.getSystemId() == null ? "" : e.getSystemId().replaceFirst("^file:", "");
        return where + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
