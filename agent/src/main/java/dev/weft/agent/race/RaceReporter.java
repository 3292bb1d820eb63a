package dev.weft.agent.race;

import dev.weft.agent.report.UserStack;
import dev.weft.agent.site.FieldRegistry;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.analysis.race.AccessKind;
import dev.weft.analysis.race.Epoch;
import dev.weft.analysis.race.ThreadClock;
import dev.weft.analysis.race.ThreadClocks;
import dev.weft.report.Finding;
import dev.weft.report.RaceFinding;
import dev.weft.runtime.ThreadNames;
import dev.weft.trace.Site;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns the races FastTrack finds into {@link RaceFinding}s, one per pair of sites (a field access site
 * names one field, so that is one per variable and pair of sites; an array access site may see arrays of
 * several types, of which the first race names one; a race on a collection's contents is named by the field
 * the collection was read from at the calls, see {@link SiteRegistry#contentsCall}): the current access with its thread's stack and
 * locks, the earlier one with its site and thread.
 *
 * <p>Two steps, both on the accessing thread: {@link #race} runs inside FastTrack while the variable's
 * state is locked, and only notes a new race in the thread's {@link RaceThread}; {@link #report} runs
 * right after the access's check, unlocked, and does the slow work (stack, locks, the sink).
 */
final class RaceReporter {

    /** A thread as an earlier access names it: the owner of its {@link ThreadClock}. */
    record ThreadName(String name, long tid) {
        static ThreadName of(Thread thread) {
            return new ThreadName(ThreadNames.of(thread), thread.getId());
        }
    }

    private final FieldRegistry fields;
    private final SiteRegistry sites;
    private final Supplier<List<String>> locksHeld;
    private final Consumer<? super Finding> sink;
    private final SitePairs reported = new SitePairs();
    private final ThreadClocks clocks;

    /**
     * @param clocks    the threads' clocks, whose owners are {@link ThreadName}s
     * @param locksHeld the locks the calling thread holds, named for a report
     * @param sink      receives each new finding
     */
    RaceReporter(FieldRegistry fields, SiteRegistry sites, ThreadClocks clocks, Supplier<List<String>> locksHeld,
                 Consumer<? super Finding> sink) {
        this.clocks = clocks;
        this.fields = fields;
        this.sites = sites;
        this.locksHeld = locksHeld;
        this.sink = sink;
    }

    /** True when a race between sites {@code site} and {@code priorSite} was reported already. */
    boolean reported(int site, int priorSite) {
        return reported.contains(site, priorSite);
    }

    /**
     * FastTrack found a race in {@code current}'s access to the variable with key {@code var} (a field id,
     * or {@code -1 - index} for an array element): noted if it is new.
     */
    void race(RaceThread current, int var, long priorEpoch, int priorSite, AccessKind priorKind, int site,
              AccessKind kind) {
        if (reported.contains(site, priorSite) || !reported.add(site, priorSite)) {
            return;
        }
        if (var == ObjectShadow.CONTENTS) {
            String collection = current.collectionType.getName();
            current.conflict(new Conflict(heldIn(site, priorSite, collection), null, collection, priorEpoch, priorSite,
                    priorKind, site, kind));
            return;
        }
        String field = var >= 0 ? fields.name(var) : current.arrayType.getTypeName();
        current.conflict(new Conflict(field, var >= 0 ? null : -1 - var, null, priorEpoch, priorSite, priorKind, site, kind));
    }

    /**
     * The program's field that a collection was read from at either call (the current one's first), or its
     * class's name when neither call read it from a field.
     */
    private String heldIn(int site, int priorSite, String collection) {
        for (int s : new int[] {site, priorSite}) {
            SiteRegistry.ContentsCall call = sites.contentsCall(s);
            if (call != null && call.heldIn() != null) {
                return call.heldIn();
            }
        }
        return collection;
    }

    /** The method called at a collection's call site, or {@code null} for a field or element access. */
    private String called(int site) {
        SiteRegistry.ContentsCall call = sites.contentsCall(site);
        return call == null ? null : call.method();
    }

    /** Reports the races noted in {@code current}'s last access, and forgets them. */
    void report(RaceThread current) {
        List<Conflict> conflicts = current.conflicts;
        current.conflicts = null;
        Thread me = Thread.currentThread();
        List<Site> stack = UserStack.of(me.getStackTrace());
        List<String> locks = locksHeld.get();
        for (Conflict c : conflicts) {
            boolean contents = c.collection() != null;
            RaceFinding.Access now = new RaceFinding.Access(ThreadNames.of(me), me.getId(), c.kind().label(),
                    sites.site(c.site()), stack, locks, contents ? called(c.site()) : null);
            ThreadName prior = threadName(c.priorEpoch());
            Site priorSite = sites.site(c.priorSite());
            RaceFinding.Access before = new RaceFinding.Access(prior.name(), prior.tid(), c.priorKind().label(),
                    priorSite, List.of(priorSite), List.of(), contents ? called(c.priorSite()) : null);
            sink.accept(RaceFinding.of(c.field(), c.index(), c.collection(), now, before));
        }
    }

    private ThreadName threadName(long epoch) {
        return clocks.owner(Epoch.thread(epoch), Epoch.clock(epoch)) instanceof ThreadName name ? name : new ThreadName("?", -1);
    }
}
