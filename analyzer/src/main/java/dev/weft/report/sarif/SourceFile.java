package dev.weft.report.sarif;

import dev.weft.trace.Site;
import java.util.Optional;

/**
 * Where the source of a site is, relative to the root of the module that holds it: the Maven layout's
 * {@code src/main/java/}, the package as folders, the file name ({@code com.example.Bank$Account} in
 * {@code Bank.java} is {@code src/main/java/com/example/Bank.java}). SARIF locations give this path with
 * {@link #URI_BASE_ID} as their base.
 */
final class SourceFile {

    /** The {@code uriBaseId} of every path: the root of the module (the folder that holds {@code src/}). */
    static final String URI_BASE_ID = "SRCROOT";

    private static final String SOURCE_DIRECTORY = "src/main/java/";

    private SourceFile() { }

    /** The path of {@code site}'s source file, or empty when the class recorded none. */
    static Optional<String> of(Site site) {
        if (site.file() == null || site.file().isBlank()) {
            return Optional.empty();
        }
        int dot = site.className().lastIndexOf('.');
        String folders = dot < 0 ? "" : site.className().substring(0, dot).replace('.', '/') + "/";
        return Optional.of(SOURCE_DIRECTORY + folders + site.file());
    }
}
