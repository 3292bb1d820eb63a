package dev.weft.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleFileTest {

    @TempDir
    Path dir;

    private Path file(int version) throws IOException {
        return Files.writeString(dir.resolve("v" + version + ".schedule.json"), "{\"format\":\"weft-schedule\",\"version\":"
                + version + ",\"cpus\":1,\"policy\":\"preemptive\",\"quantum\":1,\"strategy\":\"random\",\"seed\":1,"
                + "\"depth\":3,\"steps\":6,\"replayable\":true,\"choices\":[0,-1,1],\"checks\":[1,2,3]}");
    }

    @Test
    void aFileOfTheFirstVersionStillReadsAndMadeNoTimeoutChoices() throws IOException {
        Schedule first = ScheduleFile.read(file(1));
        assertFalse(first.timeoutChoices());
        assertTrue(ScheduleFile.read(file(2)).timeoutChoices());
    }

    @Test
    void aChosenTimeoutHoldsFromTheThirdVersionOn() throws IOException {
        assertFalse(ScheduleFile.read(file(2)).timeoutsHold());
        assertTrue(ScheduleFile.read(file(3)).timeoutsHold());
        assertFalse(ScheduleFile.read(file(3)).callTimeoutsHold());
        assertTrue(ScheduleFile.read(file(4)).callTimeoutsHold());
    }

    @Test
    void writtenFilesAreOfTheCurrentVersionAndReadBack() throws IOException {
        Schedule schedule = Schedule.of(Parameters.defaults(5), 4, true, List.of(1, Machine.NO_TIMEOUT), List.of(7, 8), List.of(),
                List.of(3, 1));
        Path written = dir.resolve("run.schedule.json");
        ScheduleFile.write(schedule, written);
        assertTrue(Files.readString(written).startsWith("{\"format\":\"weft-schedule\",\"version\":7,"), Files.readString(written));
        assertEquals(schedule, ScheduleFile.read(written));
    }

    @Test
    void anotherVersionIsRefusedNamingTheSupportedOnes() throws IOException {
        Path future = file(8);
        IOException e = assertThrows(IOException.class, () -> ScheduleFile.read(future));
        assertEquals("schedule format version 8 of " + future + " not supported (supported: 1 to 7)", e.getMessage());
    }

    @Test
    void writesAndReadsWhatTheDataBindingWritesAndReads() throws IOException {
        ObjectMapper binding = new ObjectMapper();
        for (Schedule schedule : List.of(Schedule.of(Parameters.defaults(5), 4, true, List.of(1, Machine.NO_TIMEOUT), List.of(7, -8), List.of(),
                        List.of(2, 2)),
                Schedule.of(Parameters.defaults(6), Long.MAX_VALUE, false, List.of(), List.of(), List.of(new Hold(3, 1, true), new Hold(9, 1, false)),
                        List.of()))) {
            Path written = dir.resolve("written.schedule.json");
            ScheduleFile.write(schedule, written);
            assertEquals(binding.writeValueAsString(schedule), Files.readString(written));
            Path bound = Files.writeString(dir.resolve("bound.schedule.json"), binding.writeValueAsString(schedule).replace("{", "{\"later\":{\"key\":[1]},"));
            assertEquals(schedule, ScheduleFile.read(bound));
        }
    }

    @Test
    void aFileThatIsNoJsonObjectIsRefusedAsNoSchedule() throws IOException {
        for (String text : List.of("", "[1]", "{\"format\":\"weft-schedule\",\"version\":\"four\"}", "{\"choices\":[1,")) {
            Path file = Files.writeString(dir.resolve("bad.schedule.json"), text);
            IOException e = assertThrows(IOException.class, () -> ScheduleFile.read(file));
            assertTrue(e.getMessage().startsWith(file + " is not a weft schedule file: "), e.getMessage());
        }
    }

    @Test
    void untimedTriesOfStampsAndPermitsArePointsFromTheSeventhVersionOn() throws IOException {
        assertFalse(ScheduleFile.read(file(6)).tryCallPoints());
        assertTrue(ScheduleFile.read(file(6)).stampLocks());
        assertTrue(ScheduleFile.read(file(7)).tryCallPoints());
    }
}
