package dev.weft.report.text;

import dev.weft.report.ConfirmableFinding;
import dev.weft.report.DeadlockFinding;
import dev.weft.report.DeadlockFinding.BlockedThread;
import dev.weft.report.DeadlockFinding.HeldLock;
import dev.weft.report.DeadlockFinding.LockInfo;
import dev.weft.report.Finding;
import dev.weft.report.LockOrderFinding;
import dev.weft.report.RaceFinding;
import dev.weft.report.StarvationFinding;
import dev.weft.report.Report;
import dev.weft.trace.Site;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders findings as text for a person at a terminal, in the manner of ThreadSanitizer: one block per
 * finding between {@code ==================} lines, the whole problem first, then the details with stack
 * traces (innermost frame first, as in Java), then a one-line {@code SUMMARY}. Lines end with {@code \n}.
 * A pure function of its input.
 */
public final class TextRenderer {

    private static final String RULE = "==================\n";
    private static final String FRAME = "      at ";

    /** The blocks of every finding of {@code report}, its notes, and a count. */
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        report.findings().forEach(f -> out.append(render(f)));
        report.notes().forEach(n -> out.append("weft: note: ").append(n).append('\n'));
        int count = report.findings().size();
        return out.append("weft: reported ").append(count).append(count == 1 ? " finding\n" : " findings\n").toString();
    }

    /** The block of one finding. */
    public String render(Finding finding) {
        if (finding instanceof DeadlockFinding deadlock) {
            return deadlock(deadlock);
        }
        if (finding instanceof LockOrderFinding lockOrder) {
            return lockOrder(lockOrder);
        }
        if (finding instanceof RaceFinding race) {
            return race(race);
        }
        if (finding instanceof StarvationFinding starvation) {
            return starvation(starvation);
        }
        throw new IllegalArgumentException("no text form for findings of kind " + finding.kind());
    }

    private static String deadlock(DeadlockFinding d) {
        List<BlockedThread> threads = d.threads();
        StringBuilder out = new StringBuilder(RULE);
        out.append("WARNING: weft: deadlock (").append(threads.size())
                .append(threads.size() == 1 ? " thread)\n" : " threads)\n");
        if (d.detectedBy() == DeadlockFinding.DetectedBy.JVM) {
            out.append("  (found by the JVM's own deadlock detection)\n");
        }
        if (d.schedule() != null) {
            out.append("  (produced by the scheduling model; replay it with replay=").append(d.schedule()).append(")\n");
        }
        if (d.confirms() != null) {
            out.append("  (confirms the predicted ").append(d.confirms()).append(")\n");
        }
        if (d.detectedBy() == DeadlockFinding.DetectedBy.THREAD_POOLS) {
            poolSteps(out, d);
        } else {
            for (int i = 0; i < threads.size(); i++) {
                out.append("  ").append(cycleStep(d, threads.get(i), next(threads, i))).append('\n');
            }
        }
        for (int i = 0; i < threads.size(); i++) {
            out.append('\n');
            waitSection(out, d, threads.get(i), next(threads, i));
            for (HeldLock hold : threads.get(i).holds()) {
                holdSection(out, threads, threads.get(i), hold);
            }
        }
        return out.append("\nSUMMARY: weft: deadlock in ").append(threads.get(0).waitSite())
                .append(" (").append(d.id()).append(")\n").append(RULE).toString();
    }

    /** In the manner of ThreadSanitizer's lock-order-inversion report: locks are M1, M2... in cycle order. */
    private static String lockOrder(LockOrderFinding f) {
        List<LockOrderFinding.Lock> locks = f.locks();
        StringBuilder out = new StringBuilder(RULE);
        out.append("WARNING: weft: lock-order inversion (potential deadlock)\n");
        confirmedLine(out, f);
        out.append("  Cycle in lock order graph: ");
        for (int i = 0; i < locks.size(); i++) {
            out.append(mutex(i)).append(" (").append(locks.get(i).name()).append(") => ");
        }
        out.append(mutex(0)).append('\n');
        for (int i = 0; i < locks.size(); i++) {
            LockOrderFinding.Lock lock = locks.get(i);
            out.append("    ").append(mutex(i)).append(" is ").append(lock.name()).append(" (").append(lock.kind()).append(')')
                    .append(lock.origin() == null ? "" : ", " + lock.origin()).append('\n');
        }
        for (int i = 0; i < locks.size(); i++) {
            LockOrderFinding.Edge edge = f.edges().get(i);
            int to = (i + 1) % locks.size();
            out.append("\n  Mutex ").append(mutex(to)).append(readOrWrite(locks.get(to).kind(), edge.toMode()))
                    .append(" acquired here while holding mutex ").append(mutex(i)).append(readOrWrite(locks.get(i).kind(), edge.fromMode()))
                    .append(" in thread \"").append(edge.thread()).append("\" (id ").append(edge.threadId()).append("):\n");
            frames(out, edge.toStack());
            out.append("  Mutex ").append(mutex(i)).append(" previously acquired by the same thread here:\n");
            frames(out, edge.fromStack());
        }
        return out.append("\nSUMMARY: weft: lock-order inversion (potential deadlock) in ").append(f.edges().get(0).toSite())
                .append(" (").append(f.id()).append(")\n").append(RULE).toString();
    }

    private static String starvation(StarvationFinding s) {
        StringBuilder out = new StringBuilder(RULE);
        out.append("WARNING: weft: starvation (cooperative scheduling)\n");
        out.append("  Thread \"").append(s.thread()).append("\" kept its CPU for ").append(s.steps())
                .append(" scheduling points, only reading memory, at\n");
        out.append(FRAME).append(s.site()).append('\n');
        out.append("  while ready and without a CPU: \"").append(String.join("\", \"", s.starved())).append("\"\n");
        if (s.schedule() != null) {
            out.append("  replay it with replay=").append(s.schedule()).append('\n');
        }
        return out.append("\nSUMMARY: weft: starvation by \"").append(s.thread()).append("\" spinning in ")
                .append(s.site()).append(" (").append(s.id()).append(")\n").append(RULE).toString();
    }

    private static void confirmedLine(StringBuilder out, ConfirmableFinding finding) {
        if (Boolean.TRUE.equals(finding.confirmed())) {
            out.append("  (confirmed by a controlled run; replay it with replay=").append(finding.replay()).append(")\n");
        }
    }

    private static String mutex(int index) {
        return "M" + (index + 1);
    }

    private static String race(RaceFinding r) {
        String variable = r.collection() != null
                ? "the contents of a " + r.collection() + (r.field().equals(r.collection()) ? "" : " (held in " + r.field() + ")")
                : r.index() == null ? r.field() : r.field() + " (index " + r.index() + ")";
        RaceFinding.Access current = r.accesses().get(0);
        RaceFinding.Access prior = r.accesses().get(1);
        StringBuilder out = new StringBuilder(RULE);
        out.append("WARNING: weft: data race on ").append(variable).append('\n');
        if (r.confirms() != null) {
            out.append("  (confirms the predicted ").append(r.confirms()).append(": both accesses stood at the race together")
                    .append(r.schedule() == null ? "" : "; replay it with replay=" + r.schedule()).append(")\n");
        }
        confirmedLine(out, r);
        accessSection(out, capitalized(current.op()), current);
        out.append('\n');
        accessSection(out, "Previous " + prior.op(), prior);
        return out.append("\nSUMMARY: weft: data race ").append(r.collection() != null ? "on " : "").append(variable).append(" at ").append(shortly(current.site()))
                .append(" / ").append(shortly(prior.site())).append(" (").append(r.id()).append(")\n")
                .append(RULE).toString();
    }

    private static void accessSection(StringBuilder out, String what, RaceFinding.Access access) {
        out.append("  ").append(what).append(" by thread \"").append(access.thread()).append("\" (id ")
                .append(access.threadId()).append(access.call() == null ? "" : "), calling " + access.call())
                .append(access.call() == null ? "):\n" : ":\n");
        frames(out, access.stack());
        out.append("    locks held: ")
                .append(access.locksHeld().isEmpty() ? "none" : String.join(", ", access.locksHeld())).append('\n');
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A site as its file and line ({@code Account.java:14}), or in full when it has no file. */
    private static String shortly(Site site) {
        if (site.file() == null) {
            return site.toString();
        }
        return site.line() >= 0 ? site.file() + ":" + site.line() : site.file();
    }

    /** One line of the cycle: who waits for what, held by whom. */
    private static String cycleStep(DeadlockFinding d, BlockedThread thread, BlockedThread holder) {
        LockInfo lock = lock(d, thread.waitsFor());
        if (lock.kind().equals("thread")) {
            return who(thread) + " joins " + (holder.id() == thread.id() ? "itself" : who(holder));
        }
        if (!isOwned(lock)) { // a latch, a queue, a future...: nobody holds it
            return who(thread) + " waits for " + lock.name() + " (" + lock.kind() + ")";
        }
        return who(thread) + " waits for " + lock.name() + " (" + label(lock.kind(), thread.waitMode()) + "), held by "
                + (holder.id() == thread.id() ? "itself" : who(holder))
                + heldAs(holder, lock).map(TextRenderer::readOrWrite).orElse("");
    }

    /**
     * The steps of a thread-pool deadlock: what each thread waits for (a task queued in the pool, a future whose task a
     * thread of the deadlock runs, a latch...), then each pool whose threads all wait.
     */
    private static void poolSteps(StringBuilder out, DeadlockFinding d) {
        List<LockInfo> pools = d.locks().stream().filter(l -> l.kind().equals("thread-pool")).toList();
        for (BlockedThread thread : d.threads()) {
            LockInfo lock = lock(d, thread.waitsFor());
            out.append("  ").append(who(thread)).append(" waits for ").append(lock.name());
            if (lock.kind().equals("queued-task")) {
                String pool = pools.stream().filter(p -> p.waitedForBy().contains(thread.name())).map(LockInfo::name)
                        .findFirst().orElse("its pool");
                out.append(" (future), whose task is still queued in ").append(pool);
                submitted(out, lock.acquiredAt());
            } else if (!lock.heldBy().isEmpty()) {
                out.append(" (").append(lock.kind()).append("), whose task runs in \"").append(lock.heldBy().get(0)).append('"');
                submitted(out, lock.acquiredAt());
            } else {
                out.append(" (").append(lock.kind()).append(')');
            }
            out.append('\n');
        }
        for (LockInfo pool : pools) {
            int size = pool.heldBy().size();
            out.append("  ").append(pool.name()).append(" (thread pool): ").append(size == 1 ? "its only thread" : "all " + size + " of its threads")
                    .append(" (\"").append(String.join("\", \"", pool.heldBy())).append("\") ")
                    .append(size == 1 ? "waits" : "wait").append(", and no thread of the program can go on to run the tasks queued behind ")
                    .append(size == 1 ? "it" : "them");
            submitted(out, pool.acquiredAt());
            out.append('\n');
        }
    }

    private static void submitted(StringBuilder out, List<Site> at) {
        if (!at.isEmpty()) {
            out.append(" (submitted at ").append(at.stream().map(Site::toString).collect(Collectors.joining(", "))).append(')');
        }
    }

    private static void waitSection(StringBuilder out, DeadlockFinding d, BlockedThread thread, BlockedThread holder) {
        LockInfo lock = lock(d, thread.waitsFor());
        boolean joins = lock.kind().equals("thread");
        out.append("  Thread ").append(who(thread))
                .append(joins ? " joins " + lock.name() : " waits for " + lock.name() + " ("
                        + label(lock.kind(), thread.waitMode()) + ")")
                .append(":\n");
        frames(out, thread.stack());
        boolean itself = holder.id() == thread.id();
        heldAs(holder, lock).ifPresent(h -> out.append("    held by ").append(itself ? "itself" : who(holder))
                .append(readOrWrite(h)).append(", taken at ").append(h.site()).append('\n'));
        if (itself && (joins || isOwned(lock))) {
            out.append(joins ? "    a thread that joins itself waits forever\n"
                    : "    a write lock waits until every read lock is released, this thread's own too\n");
        }
    }

    private static void holdSection(StringBuilder out, List<BlockedThread> threads, BlockedThread thread, HeldLock hold) {
        String wantedBy = threads.stream().filter(t -> t.waitsFor().equals(hold.lock()))
                .map(t -> t.id() == thread.id() ? "itself" : who(t)).collect(Collectors.joining(", "));
        out.append("  Thread ").append(who(thread)).append(" holds ").append(hold.lock())
                .append(" (").append(label(hold.kind(), hold.mode())).append(')')
                .append(wantedBy.isEmpty() ? "" : ", wanted by " + wantedBy)
                .append(", taken at:\n");
        frames(out, hold.stack());
    }

    private static void frames(StringBuilder out, List<Site> stack) {
        stack.forEach(frame -> out.append(FRAME).append(frame).append('\n'));
    }

    private static Optional<HeldLock> heldAs(BlockedThread holder, LockInfo lock) {
        return holder.holds().stream().filter(h -> h.lock().equals(lock.name())).findFirst();
    }

    /** How {@code hold} holds a read-write lock, " (read lock)" or " (write lock)"; nothing for other kinds. */
    private static String readOrWrite(HeldLock hold) {
        return readOrWrite(hold.kind(), hold.mode());
    }

    /** " (read lock)" or " (write lock)" for a lock of {@code kind} taken in {@code mode}; nothing for other kinds. */
    private static String readOrWrite(String kind, String mode) {
        return kind.equals("read-write-lock") ? " (" + label(kind, mode) + ")" : "";
    }

    private static LockInfo lock(DeadlockFinding d, String name) {
        return d.locks().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("lock " + name + " missing from finding " + d.id()));
    }

    private static BlockedThread next(List<BlockedThread> threads, int i) {
        return threads.get((i + 1) % threads.size());
    }

    private static String who(BlockedThread thread) {
        return "\"" + thread.name() + "\" (id " + thread.id() + ")";
    }

    /** What a person calls a lock of {@code kind} taken in {@code mode}: "monitor", "read lock"... */
    /** Whether threads hold {@code lock} (a monitor, a lock, a semaphore used as a mutex), rather than wait for a call of another thread on it. */
    private static boolean isOwned(LockInfo lock) {
        return lock.kind().equals("monitor") || lock.kind().equals("lock") || lock.kind().equals("read-write-lock")
                || lock.kind().equals("semaphore");
    }

    private static String label(String kind, String mode) {
        return switch (kind) {
            case "read-write-lock" -> mode.equals("shared") ? "read lock" : "write lock";
            case "queued-task" -> "future, its task still queued";
            default -> kind;
        };
    }
}
