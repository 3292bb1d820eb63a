package dev.weft.trace.io;

import dev.weft.analysis.lockorder.LockOrderDetector;
import dev.weft.analysis.race.RaceDetector;
import dev.weft.analysis.waitfor.Resource;
import dev.weft.trace.Site;
import java.util.HashMap;
import java.util.Map;

/**
 * What the ids of a trace's events name: its sites, threads, locks, fields, arrays and classes, as the trace's
 * table records declared them. An id a trace never declared gets a placeholder name, so analyses still
 * run on a trace whose tables are incomplete.
 */
public final class TraceNames implements LockOrderDetector.Names {

    private final Map<Integer, Site> sites = new HashMap<>();
    private final Map<Long, String> threads = new HashMap<>();
    private final Map<Long, Resource> locks = new HashMap<>();
    private final Map<Integer, String> fields = new HashMap<>();
    private final Map<Long, String> arrays = new HashMap<>();
    private final Map<Long, String> classes = new HashMap<>();
    private final Map<Integer, RaceDetector.ContentsCall> contentsCalls = new HashMap<>();

    void site(int id, Site site) {
        sites.put(id, site);
    }

    void thread(long tid, String name) {
        threads.put(tid, name);
    }

    void lock(long id, Resource lock) {
        locks.put(id, lock);
    }

    void field(int id, String name) {
        fields.put(id, name);
    }

    void array(long id, String type) {
        arrays.put(id, type);
    }

    void className(long id, String name) {
        classes.put(id, name);
    }

    void contentsCall(int site, String method, String heldIn) {
        contentsCalls.put(site, new RaceDetector.ContentsCall(method, heldIn));
    }

    @Override
    public Site site(int site) {
        return sites.getOrDefault(site, Site.UNKNOWN);
    }

    @Override
    public String threadName(long tid) {
        return threads.getOrDefault(tid, "thread-" + tid);
    }

    @Override
    public Resource lock(long lock) {
        Resource known = locks.get(lock);
        return known != null ? known : new Resource(lock, Resource.Kind.MONITOR, "lock", (int) lock);
    }

    /** The field with this id, as the report names it. */
    public String field(int field) {
        return fields.getOrDefault(field, "field#" + field);
    }

    /** The type of the array with this id, e.g. {@code long[]}. */
    public String arrayType(long array) {
        return arrays.getOrDefault(array, "array");
    }

    /** The same names, as the race detector asks for them. */
    public RaceDetector.Names forRaces() {
        return new RaceDetector.Names() {
            @Override
            public String field(int field) {
                return TraceNames.this.field(field);
            }

            @Override
            public String arrayType(long array) {
                return TraceNames.this.arrayType(array);
            }

            @Override
            public String className(long id) {
                return classes.getOrDefault(id, "collection");
            }

            @Override
            public RaceDetector.ContentsCall contentsCall(int site) {
                return contentsCalls.get(site);
            }

            @Override
            public String lock(long lock) {
                return TraceNames.this.lock(lock).displayName();
            }

            @Override
            public Site site(int site) {
                return TraceNames.this.site(site);
            }

            @Override
            public String threadName(long tid) {
                return TraceNames.this.threadName(tid);
            }
        };
    }
}
