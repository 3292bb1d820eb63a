package dev.weft.trace.io;

import dev.weft.analysis.waitfor.Resource;
import dev.weft.trace.Event;
import dev.weft.trace.Site;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a trace: the header, then table records (what ids name) and events, in any interleaving, as
 * long as a table record comes before the events that use its id. Not thread-safe: one writer per
 * stream.
 */
public final class TraceWriter implements Closeable {

    private final TraceOutput out;

    /** A writer of a new trace on {@code stream}; the header is written at once. */
    public TraceWriter(OutputStream stream) throws IOException {
        this.out = new TraceOutput(new BufferedOutputStream(stream, 1 << 16));
        out.raw(TraceFormat.MAGIC);
        out.unsigned(TraceFormat.VERSION);
    }

    /** A writer of a new trace in {@code file}, replacing it. */
    public static TraceWriter to(Path file) throws IOException {
        return new TraceWriter(Files.newOutputStream(file));
    }

    /** Declares what site id {@code id} names. */
    public TraceWriter site(int id, Site site) throws IOException {
        out.tag(TraceFormat.SITE);
        out.signed(id);
        out.string(site.className());
        out.string(site.method());
        out.string(site.file());
        out.signed(site.line());
        return this;
    }

    /** Declares the name of thread {@code tid}. */
    public TraceWriter thread(long tid, String name) throws IOException {
        out.tag(TraceFormat.THREAD);
        out.signed(tid);
        out.string(name);
        return this;
    }

    /** Declares the lock with id {@code lock.id()}. */
    public TraceWriter lock(Resource lock) throws IOException {
        out.tag(TraceFormat.LOCK);
        out.signed(lock.id());
        out.unsigned(lock.kind().ordinal());
        out.string(lock.className());
        out.signed(lock.identityHash());
        return this;
    }

    /** Declares what field id {@code id} names, e.g. {@code com.example.Account.balance}. */
    public TraceWriter field(int id, String name) throws IOException {
        out.tag(TraceFormat.FIELD);
        out.signed(id);
        out.string(name);
        return this;
    }

    /** Declares the type of the array with id {@code id}, e.g. {@code long[]}. */
    public TraceWriter array(long id, String type) throws IOException {
        out.tag(TraceFormat.ARRAY);
        out.signed(id);
        out.string(type);
        return this;
    }

    /** Declares the name of the class with id {@code id} (a {@code ContentsAccessed} event's {@code shownAs}). */
    public TraceWriter className(long id, String name) throws IOException {
        out.tag(TraceFormat.CLASS);
        out.signed(id);
        out.string(name);
        return this;
    }

    /**
     * Declares that site {@code site} calls {@code method} on a collection, read from the program's field {@code heldIn}
     * (its name as a report gives it) or from none ({@code null}).
     */
    public TraceWriter contentsCall(int site, String method, String heldIn) throws IOException {
        out.tag(TraceFormat.CONTENTS_CALL);
        out.signed(site);
        out.string(method);
        out.string(heldIn == null ? "" : heldIn);
        return this;
    }

    /** Appends an event. */
    public TraceWriter event(Event event) throws IOException {
        EventCodec.write(event, out);
        return this;
    }

    /** Pushes what is buffered to the stream. */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
