package dev.weft.schedule;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes schedule files (JSON, {@code "format": "weft-schedule"}). */
public final class ScheduleFile {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ScheduleFile() { }

    /** Writes {@code schedule} to {@code file} atomically (a temporary file, then a rename). */
    public static void write(Schedule schedule, Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        MAPPER.writeValue(temp.toFile(), schedule);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads a schedule file.
     *
     * @throws IOException naming what is wrong: unreadable, not a schedule, another version, bad values
     */
    public static Schedule read(Path file) throws IOException {
        Schedule schedule;
        try {
            schedule = MAPPER.readValue(file.toFile(), Schedule.class);
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
}
