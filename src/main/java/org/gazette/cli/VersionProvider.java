package org.gazette.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven filtered into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/gazette/version.properties")) {
            if (in != null) p.load(in);
        }
        return new String[] {"Gazette " + p.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version")};
    }
}
