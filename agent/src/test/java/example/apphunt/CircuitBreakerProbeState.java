package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A client's circuit breaker: its state is an immutable object in an {@code AtomicReference}. Callers that see it
 * closed call the backend and record failures; the caller whose failure trips it opens it with
 * {@code compareAndSet}. A caller that wins the {@code compareAndSet} from open to half-open becomes the only probe:
 * it fills in a new report (plain fields), appends to the breaker's probe log (a plain list only probes write, one
 * after another through the state's chain of {@code compareAndSet}s), and closes the breaker with a state that refers
 * to the report; callers that later see it closed read that report. The main thread joins them and reads the log.
 */
// weft: expect none
public final class CircuitBreakerProbeState {

    enum Phase { CLOSED, OPEN, HALF_OPEN }

    /** What a probe found: filled in before the state that refers to it is published, never changed after. */
    static final class Report {
        String by;
        long tookNanos;
    }

    static final class State {
        final Phase phase;
        final int failures;
        final int generation;
        final Report probe;

        State(Phase phase, int failures, int generation, Report probe) {
            this.phase = phase;
            this.failures = failures;
            this.generation = generation;
            this.probe = probe;
        }
    }

    static final class Breaker {
        final AtomicReference<State> state = new AtomicReference<>(new State(Phase.CLOSED, 0, 0, null));
        final List<String> probeLog = new ArrayList<>();

        boolean call(int request) {
            State seen = state.get();
            if (seen.phase == Phase.OPEN) {
                State probing = new State(Phase.HALF_OPEN, seen.failures, seen.generation, seen.probe);
                if (!state.compareAndSet(seen, probing)) {
                    return false;
                }
                long started = System.nanoTime();
                Report report = new Report();
                report.by = Thread.currentThread().getName();
                report.tookNanos = System.nanoTime() - started;
                probeLog.add("probe of generation " + seen.generation + " by " + report.by);
                state.compareAndSet(probing, new State(Phase.CLOSED, 0, seen.generation + 1, report));
                return true;
            }
            if (seen.phase == Phase.HALF_OPEN) {
                return false;
            }
            if (seen.generation > 0 && (seen.probe.by == null || seen.probe.tookNanos < 0)) {
                throw new IllegalStateException("closed without the probe's report");
            }
            boolean failed = request % 7 == 3;
            if (failed) {
                State next = seen.failures + 1 >= 3 ? new State(Phase.OPEN, seen.failures + 1, seen.generation, seen.probe)
                        : new State(Phase.CLOSED, seen.failures + 1, seen.generation, seen.probe);
                state.compareAndSet(seen, next);
            }
            return !failed;
        }
    }

    public static void main(String[] args) throws Exception {
        Breaker breaker = new Breaker();
        List<Thread> callers = new ArrayList<>();
        int[] succeeded = new int[4];
        for (int c = 0; c < succeeded.length; c++) {
            int caller = c;
            callers.add(new Thread(() -> {
                for (int r = 0; r < 300; r++) {
                    if (breaker.call(r + caller)) {
                        succeeded[caller]++;
                    }
                }
            }, "caller-" + c));
        }
        callers.forEach(Thread::start);
        int total = 0;
        for (int c = 0; c < callers.size(); c++) {
            callers.get(c).join();
            total += succeeded[c];
        }
        System.out.println(total + " calls succeeded, " + breaker.probeLog.size() + " probes, last by "
                + breaker.state.get().probe.by + ", generation " + breaker.state.get().generation);
    }
}
