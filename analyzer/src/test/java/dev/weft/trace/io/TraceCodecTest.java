package dev.weft.trace.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.analysis.race.RaceDetector;
import dev.weft.analysis.waitfor.Resource;
import dev.weft.trace.Acquired;
import dev.weft.trace.ArrayRead;
import dev.weft.trace.ArrayWritten;
import dev.weft.trace.ClassInitEnded;
import dev.weft.trace.ClassInitStarted;
import dev.weft.trace.ContentsAccessed;
import dev.weft.trace.ElementsAccessed;
import dev.weft.trace.Event;
import dev.weft.trace.FieldRead;
import dev.weft.trace.FieldWritten;
import dev.weft.trace.JoinEnded;
import dev.weft.trace.JoinRequested;
import dev.weft.trace.LockAcquired;
import dev.weft.trace.LockNotAcquired;
import dev.weft.trace.LockReleased;
import dev.weft.trace.LockRequested;
import dev.weft.trace.Released;
import dev.weft.trace.Site;
import dev.weft.trace.SuperLockAcquired;
import dev.weft.trace.SuperUnlocking;
import dev.weft.trace.ThreadJoined;
import dev.weft.trace.ThreadStarted;
import dev.weft.trace.VolatileRead;
import dev.weft.trace.VolatileWritten;
import dev.weft.trace.WaitBegan;
import dev.weft.trace.WaitEnded;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceCodecTest {

    private static final List<Event> EVERY_KIND = List.of(
            new LockRequested(1, 100, 7, true, false), new LockAcquired(1, 100, 7, true),
            new LockReleased(1, 100, 8, true), new LockNotAcquired(2, 100, 9),
            new WaitBegan(1, 101, 10, true), new WaitEnded(1, 101, 10),
            new JoinRequested(1, 2, 11, false), new JoinEnded(1, 2, 11),
            new ThreadStarted(1, 2), new ThreadJoined(1, 2),
            new FieldRead(2, 5000, 3, 12), new FieldWritten(2, 0, 4, 13),
            new VolatileRead(2, 5000, 5, 14), new VolatileWritten(2, 5000, 5, 15),
            new ArrayRead(2, 6000, 42, 16), new ArrayWritten(2, 6000, -1, 17),
            new ClassInitStarted(2), new ElementsAccessed(2, 6000, 0, 64, true, 18), new ClassInitEnded(2),
            new ContentsAccessed(2, 8000, 8001, 100, false, 19), new SuperLockAcquired(1, 100), new SuperUnlocking(1, 100),
            new Released(1, 7000), new Acquired(2, Long.MAX_VALUE));

    private static byte[] write(List<Event> events) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TraceWriter writer = new TraceWriter(bytes)) {
            writer.site(7, new Site("com.example.Bank", "transfer", "Bank.java", 30))
                    .site(8, new Site("com.example.Gen", "run", null, -1))
                    .thread(1, "teller-1")
                    .lock(new Resource(100, Resource.Kind.READ_WRITE_LOCK, "java.util.concurrent.locks.ReentrantReadWriteLock", 0x1b6d3586))
                    .field(3, "com.example.Account.balance")
                    .array(6000, "long[]")
                    .className(8001, "java.util.ArrayList")
                    .contentsCall(19, "add", "com.example.Registry.items");
            for (Event event : events) {
                writer.event(event);
            }
        }
        return bytes.toByteArray();
    }

    private static Trace read(byte[] bytes) throws IOException {
        return TraceReader.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void everyEventKindAndEveryTableRoundTrips() throws IOException {
        Trace trace = read(write(EVERY_KIND));
        assertEquals(EVERY_KIND, trace.events());
        assertFalse(trace.truncated());
        TraceNames names = trace.names();
        assertEquals(new Site("com.example.Bank", "transfer", "Bank.java", 30), names.site(7));
        assertEquals(new Site("com.example.Gen", "run", null, -1), names.site(8));
        assertEquals("teller-1", names.threadName(1));
        assertEquals("java.util.concurrent.locks.ReentrantReadWriteLock@1b6d3586", names.lock(100).displayName());
        assertEquals(Resource.Kind.READ_WRITE_LOCK, names.lock(100).kind());
        assertEquals("com.example.Account.balance", names.field(3));
        assertEquals("long[]", names.arrayType(6000));
        assertEquals("java.util.ArrayList", names.forRaces().className(8001));
        assertEquals(new RaceDetector.ContentsCall("add", "com.example.Registry.items"), names.forRaces().contentsCall(19));
    }

    @Test
    void aFileCutInItsLastRecordKeepsEveryWholeRecordAndSaysItWasTruncated() throws IOException {
        byte[] whole = write(EVERY_KIND);
        Trace trace = read(Arrays.copyOf(whole, whole.length - 3));
        assertTrue(trace.truncated());
        assertEquals(EVERY_KIND.subList(0, EVERY_KIND.size() - 1), trace.events());
    }

    @Test
    void aFileThatIsNoTraceIsRefusedWithOneClearLine() {
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> read("hello, world\n".getBytes()));
        assertEquals("not a weft trace: it does not start with the bytes \"WEFTTRC\\n\"", e.getMessage());
        assertThrows(TraceFormatException.class, () -> read(new byte[] {'W', 'E'}));
    }

    @Test
    void anUnknownVersionIsRefusedNamingBoth() throws IOException {
        byte[] bytes = write(List.of());
        bytes[TraceFormat.MAGIC.length] = 9;
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> read(bytes));
        assertEquals("trace format 9 not supported (this weft reads formats 1 to 2)", e.getMessage());
    }

    @Test
    void aVersion1TraceIsStillRead() throws IOException {
        List<Event> version1 = EVERY_KIND.stream().filter(e -> !(e instanceof ClassInitStarted || e instanceof ClassInitEnded
                || e instanceof ElementsAccessed || e instanceof ContentsAccessed || e instanceof SuperLockAcquired
                || e instanceof SuperUnlocking)).toList();
        byte[] bytes = write(version1);
        bytes[TraceFormat.MAGIC.length] = 1;
        assertEquals(version1, read(bytes).events());
    }

    @Test
    void damageInTheMiddleIsRefusedNamingTheOffset() throws IOException {
        byte[] header = write(List.of());
        byte[] bytes = write(EVERY_KIND);
        bytes[header.length] = (byte) 0x7f; // the first event's tag
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> read(bytes));
        assertEquals("unknown record type 127 (the file is damaged, or from a newer weft) at byte " + header.length, e.getMessage());
    }

    @Test
    void aMissingFileIsSaidToBeMissing() {
        assertThrows(NoSuchFileException.class, () -> TraceReader.read(Path.of("no/such/trace.weft")));
    }
}
