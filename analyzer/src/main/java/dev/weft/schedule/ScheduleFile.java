package dev.weft.schedule;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes schedule files (JSON, {@code "format": "weft-schedule"}), with Jackson's streaming parser and
 * generator: the keys in {@link Schedule}'s {@code @JsonPropertyOrder}, {@code holds} left out when empty, keys this
 * version does not know skipped. (Its data binding would cost each controlled run about 0.2 s of CPU to build.)
 */
public final class ScheduleFile {

    private static final JsonFactory JSON = new JsonFactory();

    private ScheduleFile() { }

    /** Writes {@code schedule} to {@code file} atomically (a temporary file, then a rename). */
    public static void write(Schedule schedule, Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (JsonGenerator out = JSON.createGenerator(temp.toFile(), JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeStringField("format", schedule.format());
            out.writeNumberField("version", schedule.version());
            out.writeNumberField("cpus", schedule.cpus());
            out.writeStringField("policy", schedule.policy());
            out.writeNumberField("quantum", schedule.quantum());
            out.writeStringField("strategy", schedule.strategy());
            out.writeNumberField("seed", schedule.seed());
            out.writeNumberField("depth", schedule.depth());
            out.writeNumberField("steps", schedule.steps());
            out.writeBooleanField("replayable", schedule.replayable());
            numbers(out, "choices", schedule.choices());
            numbers(out, "checks", schedule.checks());
            if (!schedule.holds().isEmpty()) {
                out.writeArrayFieldStart("holds");
                for (Hold hold : schedule.holds()) {
                    out.writeStartObject();
                    out.writeNumberField("step", hold.step());
                    out.writeNumberField("thread", hold.thread());
                    out.writeBooleanField("held", hold.held());
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            if (!schedule.threadSites().isEmpty()) {
                numbers(out, "threadSites", schedule.threadSites());
            }
            out.writeEndObject();
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void numbers(JsonGenerator out, String name, List<Integer> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (int value : values) {
            out.writeNumber(value);
        }
        out.writeEndArray();
    }

    /**
     * Reads a schedule file.
     *
     * @throws IOException naming what is wrong: unreadable, not a schedule, another version, bad values
     */
    public static Schedule read(Path file) throws IOException {
        Schedule schedule;
        try {
            schedule = parse(file);
        } catch (JacksonException e) {
            throw new IOException(file + " is not a weft schedule file: " + e.getOriginalMessage());
        }
        if (!Schedule.FORMAT.equals(schedule.format())) {
            throw new IOException(file + " is not a weft schedule file (format '" + schedule.format()
                    + "', expected '" + Schedule.FORMAT + "')");
        }
        if (schedule.version() < Schedule.FIRST_VERSION || schedule.version() > Schedule.VERSION) {
            throw new IOException("schedule format version " + schedule.version() + " of " + file
                    + " not supported (supported: " + Schedule.FIRST_VERSION + " to " + Schedule.VERSION + ")");
        }
        if (schedule.choices().size() != schedule.checks().size()) {
            throw new IOException(file + ": " + schedule.choices().size() + " choices but "
                    + schedule.checks().size() + " checks (expected as many)");
        }
        try {
            schedule.parameters();
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
        return schedule;
    }

    /** The schedule in {@code file}; a {@link JacksonException} says why it is not one. */
    private static Schedule parse(Path file) throws IOException {
        try (JsonParser in = JSON.createParser(file.toFile())) {
            expect(in, in.nextToken(), JsonToken.START_OBJECT);
            String format = null;
            String policy = null;
            String strategy = null;
            long version = 0;
            long cpus = 0;
            long quantum = 0;
            long seed = 0;
            long depth = 0;
            long steps = 0;
            boolean replayable = false;
            List<Integer> choices = null;
            List<Integer> checks = null;
            List<Hold> holds = null;
            List<Integer> threadSites = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken value = in.nextToken();
                switch (name) {
                    case "format" -> format = text(in, value);
                    case "policy" -> policy = text(in, value);
                    case "strategy" -> strategy = text(in, value);
                    case "version" -> version = number(in, value);
                    case "cpus" -> cpus = number(in, value);
                    case "quantum" -> quantum = number(in, value);
                    case "seed" -> seed = number(in, value);
                    case "depth" -> depth = number(in, value);
                    case "steps" -> steps = number(in, value);
                    case "replayable" -> replayable = bool(in, value);
                    case "choices" -> choices = integers(in, value);
                    case "checks" -> checks = integers(in, value);
                    case "holds" -> holds = holds(in, value);
                    case "threadSites" -> threadSites = integers(in, value);
                    default -> in.skipChildren();
                }
            }
            expect(in, in.currentToken(), JsonToken.END_OBJECT);
            return new Schedule(format, (int) version, (int) cpus, policy, (int) quantum, strategy, seed, (int) depth, steps,
                    replayable, choices, checks, holds, threadSites);
        }
    }

    /** A parse error naming both tokens, unless {@code token} is {@code wanted}. */
    private static void expect(JsonParser in, JsonToken token, JsonToken wanted) throws IOException {
        if (token != wanted) {
            throw new JsonParseException(in, "expected " + wanted + " but found " + token);
        }
    }

    private static boolean bool(JsonParser in, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL || value == JsonToken.VALUE_FALSE) {
            return false;
        }
        expect(in, value, JsonToken.VALUE_TRUE);
        return true;
    }

    private static String text(JsonParser in, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(in, value, JsonToken.VALUE_STRING);
        return in.getText();
    }

    private static long number(JsonParser in, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return 0;
        }
        expect(in, value, JsonToken.VALUE_NUMBER_INT);
        return in.getLongValue();
    }

    private static List<Integer> integers(JsonParser in, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(in, value, JsonToken.START_ARRAY);
        List<Integer> values = new ArrayList<>();
        for (JsonToken next = in.nextToken(); next != JsonToken.END_ARRAY; next = in.nextToken()) {
            expect(in, next, JsonToken.VALUE_NUMBER_INT);
            values.add(in.getIntValue());
        }
        return values;
    }

    private static List<Hold> holds(JsonParser in, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(in, value, JsonToken.START_ARRAY);
        List<Hold> holds = new ArrayList<>();
        for (JsonToken next = in.nextToken(); next != JsonToken.END_ARRAY; next = in.nextToken()) {
            expect(in, next, JsonToken.START_OBJECT);
            long step = 0;
            long thread = 0;
            boolean held = false;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken field = in.nextToken();
                switch (name) {
                    case "step" -> step = number(in, field);
                    case "thread" -> thread = number(in, field);
                    case "held" -> held = bool(in, field);
                    default -> in.skipChildren();
                }
            }
            holds.add(new Hold(step, (int) thread, held));
        }
        return holds;
    }
}
