package dev.weft.analysis.race;

import dev.weft.report.RaceFinding;
import dev.weft.trace.Acquired;
import dev.weft.trace.ArrayRead;
import dev.weft.trace.ArrayWritten;
import dev.weft.trace.Event;
import dev.weft.trace.FieldRead;
import dev.weft.trace.FieldWritten;
import dev.weft.trace.LockAcquired;
import dev.weft.trace.LockReleased;
import dev.weft.trace.Released;
import dev.weft.trace.Site;
import dev.weft.trace.ThreadJoined;
import dev.weft.trace.ThreadStarted;
import dev.weft.trace.VolatileRead;
import dev.weft.trace.VolatileWritten;
import dev.weft.trace.WaitBegan;
import dev.weft.trace.WaitEnded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only builder of an event sequence, written in the order the events happen across threads. Site
 * ids are line numbers in {@code com.example.Account.<method>}; fields belong to {@code com.example.Account}.
 * {@link #races} runs the {@link RaceDetector} over them.
 */
final class RaceScript implements RaceDetector.Names {

    private final List<Event> events = new ArrayList<>();
    private final Map<Long, String> threadNames = new HashMap<>();
    private final Map<Integer, String> fields = new HashMap<>();
    private final Map<Integer, Site> sites = new HashMap<>();
    private final Map<Long, String> arrays = new HashMap<>();
    private long nextObject = 1000;

    long thread(String name) {
        long tid = 21 + threadNames.size();
        threadNames.put(tid, name);
        return tid;
    }

    int field(String name) {
        fields.put(fields.size() + 1, "com.example.Account." + name);
        return fields.size();
    }

    /** The site with id {@code line}: that line of {@code com.example.Account.method}. */
    int at(String method, int line) {
        sites.put(line, new Site("com.example.Account", method, "Account.java", line));
        return line;
    }

    long object() {
        return nextObject++;
    }

    long array(String type) {
        long id = object();
        arrays.put(id, type);
        return id;
    }

    RaceScript read(long tid, long obj, int field, int site) {
        return then(new FieldRead(tid, obj, field, site));
    }

    RaceScript write(long tid, long obj, int field, int site) {
        return then(new FieldWritten(tid, obj, field, site));
    }

    RaceScript readElement(long tid, long array, int index, int site) {
        return then(new ArrayRead(tid, array, index, site));
    }

    RaceScript writeElement(long tid, long array, int index, int site) {
        return then(new ArrayWritten(tid, array, index, site));
    }

    RaceScript readVolatile(long tid, long obj, int field, int site) {
        return then(new VolatileRead(tid, obj, field, site));
    }

    RaceScript writeVolatile(long tid, long obj, int field, int site) {
        return then(new VolatileWritten(tid, obj, field, site));
    }

    RaceScript lock(long tid, long lock) {
        return then(new LockAcquired(tid, lock, 0, false));
    }

    RaceScript unlock(long tid, long lock) {
        return then(new LockReleased(tid, lock, 0, false));
    }

    RaceScript readLock(long tid, long lock) {
        return then(new LockAcquired(tid, lock, 0, true));
    }

    RaceScript readUnlock(long tid, long lock) {
        return then(new LockReleased(tid, lock, 0, true));
    }

    RaceScript waitOn(long tid, long monitor) {
        return then(new WaitBegan(tid, monitor, 0, false));
    }

    RaceScript wakeUp(long tid, long monitor) {
        return then(new WaitEnded(tid, monitor, 0));
    }

    RaceScript start(long tid, long child) {
        return then(new ThreadStarted(tid, child));
    }

    RaceScript join(long tid, long joined) {
        return then(new ThreadJoined(tid, joined));
    }

    RaceScript handOff(long tid, long sync) {
        return then(new Released(tid, sync));
    }

    RaceScript receive(long tid, long sync) {
        return then(new Acquired(tid, sync));
    }

    RaceScript then(Event event) {
        events.add(event);
        return this;
    }

    List<RaceFinding> races() {
        return new RaceDetector(this).find(events);
    }

    @Override
    public String field(int field) {
        return fields.get(field);
    }

    @Override
    public String arrayType(long array) {
        return arrays.get(array);
    }

    @Override
    public String lock(long lock) {
        return "java.lang.Object@" + Long.toHexString(lock);
    }

    @Override
    public Site site(int site) {
        return sites.getOrDefault(site, Site.UNKNOWN);
    }

    @Override
    public String threadName(long tid) {
        return threadNames.get(tid);
    }
}
