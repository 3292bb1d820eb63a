package dev.weft.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.weft.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Report files on disk. */
public final class ReportFiles {

    private static final JsonReportCodec CODEC = new JsonReportCodec();

    /** Writes JSON trees: made at the first use, as a JVM that writes only reports never needs it. */
    private static final class TreeWriter {
        static final ObjectWriter WRITER = new ObjectMapper().writerWithDefaultPrettyPrinter()
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private ReportFiles() { }

    /**
     * Writes {@code report} as JSON to {@code file}, so that a reader sees the old file or the new one,
     * never part of one: it writes a temporary file in the same directory, then renames it over
     * {@code file}. The temporary file is gone afterwards, whether writing succeeded or not. (It does not
     * force the file to disk: the report must survive the JVM, not the machine, and an fsync on a busy
     * disk can take longer than the second a deadlock report is allowed.)
     */
    public static void writeAtomically(Report report, Path file) throws IOException {
        writeAtomically(file, out -> CODEC.write(report, out));
    }

    /** Writes {@code text} in UTF-8 to {@code file}, atomically as {@link #writeAtomically(Report, Path)} does. */
    public static void writeAtomically(String text, Path file) throws IOException {
        writeAtomically(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes a report held as a JSON tree (e.g. one a command edits without knowing all its keys) to
     * {@code file}, atomically as {@link #writeAtomically(Report, Path)} does, indented.
     */
    public static void writeAtomically(JsonNode report, Path file) throws IOException {
        writeAtomically(file, out -> TreeWriter.WRITER.writeValue(out, report));
    }

    private static void writeAtomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Reads the JSON report in {@code file} as a tree, keeping keys the model does not know. */
    public static JsonNode readTree(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return CODEC.readTree(in);
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Reads the JSON report in {@code file}. */
    public static Report read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return CODEC.read(in);
        }
    }
}
