package dev.weft.trace.io;

import dev.weft.trace.Event;
import java.util.List;

/**
 * A recorded run: its events in the order they happened, and the names their ids stand for.
 *
 * @param names     sites, threads, locks, fields and arrays
 * @param events    the events, in order
 * @param truncated true when the file ended in the middle of a record (a JVM killed while recording):
 *                  the events before it are all there
 */
public record Trace(TraceNames names, List<Event> events, boolean truncated) {

    public Trace {
        events = List.copyOf(events);
    }
}
