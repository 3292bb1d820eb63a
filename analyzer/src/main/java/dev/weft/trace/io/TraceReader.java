package dev.weft.trace.io;

import dev.weft.analysis.waitfor.Resource;
import dev.weft.trace.Event;
import dev.weft.trace.Site;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a trace written by {@link TraceWriter}. A file that is not a weft trace, of a version this
 * reader does not know, or damaged in the middle is refused with a {@link TraceFormatException} that
 * says what and at which byte; a file cut off in the middle of its last record (a JVM killed while
 * recording) is read up to that record and marked {@link Trace#truncated()}.
 */
public final class TraceReader {

    private TraceReader() { }

    /** Reads the trace in {@code file}. */
    public static Trace read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such trace file");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in);
        }
    }

    /** Reads a trace from {@code stream}. */
    public static Trace read(InputStream stream) throws IOException {
        TraceInput in = new TraceInput(stream);
        readHeader(in);
        TraceNames names = new TraceNames();
        List<Event> events = new ArrayList<>();
        while (true) {
            long start = in.offset();
            int tag = in.tagOrEnd();
            if (tag < 0) {
                return new Trace(names, events, false);
            }
            try {
                if (EventCodec.isEvent(tag)) {
                    events.add(EventCodec.read(tag, in));
                } else {
                    readTable(tag, in, names, start);
                }
            } catch (EOFException cut) {
                return new Trace(names, events, true);
            }
        }
    }

    private static void readHeader(TraceInput in) throws IOException {
        byte[] magic = new byte[TraceFormat.MAGIC.length];
        try {
            for (int i = 0; i < magic.length; i++) {
                magic[i] = (byte) in.u8();
            }
        } catch (EOFException e) {
            throw new TraceFormatException("not a weft trace: the file is shorter than its header");
        }
        if (!Arrays.equals(magic, TraceFormat.MAGIC)) {
            throw new TraceFormatException("not a weft trace: it does not start with the bytes \"WEFTTRC\\n\"");
        }
        long version;
        try {
            version = in.unsigned();
        } catch (EOFException e) {
            throw new TraceFormatException("not a weft trace: the file is shorter than its header");
        }
        if (version < TraceFormat.OLDEST_READ || version > TraceFormat.VERSION) {
            throw new TraceFormatException("trace format " + version + " not supported (this weft reads formats "
                    + TraceFormat.OLDEST_READ + " to " + TraceFormat.VERSION + ")");
        }
    }

    private static void readTable(int tag, TraceInput in, TraceNames names, long start) throws IOException {
        switch (tag) {
            case TraceFormat.SITE -> {
                int id = in.signedInt();
                String className = in.string();
                String method = in.string();
                String file = in.string();
                names.site(id, new Site(className, method, file.isEmpty() ? null : file, in.signedInt()));
            }
            case TraceFormat.THREAD -> names.thread(in.signed(), in.string());
            case TraceFormat.LOCK -> {
                long id = in.signed();
                long kind = in.unsigned();
                if (kind >= Resource.Kind.values().length) {
                    throw new TraceFormatException("unknown lock kind " + kind, in.offset());
                }
                names.lock(id, new Resource(id, Resource.Kind.values()[(int) kind], in.string(), in.signedInt()));
            }
            case TraceFormat.FIELD -> names.field(in.signedInt(), in.string());
            case TraceFormat.ARRAY -> names.array(in.signed(), in.string());
            case TraceFormat.CLASS -> names.className(in.signed(), in.string());
            case TraceFormat.CONTENTS_CALL -> {
                int site = in.signedInt();
                String method = in.string();
                String heldIn = in.string();
                names.contentsCall(site, method, heldIn.isEmpty() ? null : heldIn);
            }
            default -> throw new TraceFormatException("unknown record type " + tag + " (the file is damaged, or from a newer weft)", start);
        }
    }
}
