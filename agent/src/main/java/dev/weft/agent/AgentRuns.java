package dev.weft.agent;

import dev.weft.runtime.Listener;
import dev.weft.runtime.Weft;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * The JVM's current {@link AgentRun}, and the start of the next one when {@code weft explore} runs several
 * schedules in one JVM: the launcher ({@link dev.weft.agent.samejvm.SameJvmLauncher}) ends each schedule's run as
 * the JVM's exit would, and begins the next with that schedule's agent options, so that each schedule's report and
 * schedule file are those a fresh JVM would write.
 */
public final class AgentRuns {

    /** Makes a run of the given options whose notices go to the given stream. */
    interface Factory {
        AgentRun make(AgentOptions options, PrintStream err) throws IOException;
    }

    private static AgentRun current;
    private static Factory factory;

    private AgentRuns() { }

    /** Makes {@code run} the current one and starts it (its model, then the hooks' listener). */
    static synchronized void begin(AgentRun run, Factory next) {
        current = run;
        factory = next;
        start(run);
    }

    private static void start(AgentRun run) {
        if (run.controller != null) {
            run.controller.start();
        }
        if (run.listener != null) {
            Weft.install(run.listener);
        }
    }

    /** Ends the current run as the JVM's exit does (once): what {@code weft-exit} runs. */
    static void finishCurrent() {
        AgentRun run;
        synchronized (AgentRuns.class) {
            run = current;
        }
        if (run != null) {
            run.finish();
        }
    }

    /**
     * Ends the current run and begins one with {@code options}, its notices going to {@code err}.
     *
     * @param options the agent options of the next run, as {@code -javaagent} takes them; a controlled run's
     * @param first   true for the JVM's first schedule: the current run, made from the {@code -javaagent} options, ran
     *                nothing and is discarded rather than finished
     * @throws BadOptionException when {@code options} are bad, or not those of a controlled run
     * @throws IllegalStateException when the agent runs no model in this JVM
     */
    public static synchronized void next(String options, PrintStream err, boolean first) throws IOException {
        AgentOptions parsed = AgentOptions.parse(options);
        if (parsed.control() == null || factory == null || current == null || current.controller == null) {
            throw new IllegalStateException("several schedules in one JVM need mode=control from the JVM's start");
        }
        if (first) {
            current.discard();
        } else {
            current.finish();
        }
        Weft.install(Listener.NOOP);
        current = factory.make(parsed, err);
        start(current);
    }

    /** Ends the current run as the JVM's exit would, keeping the JVM. */
    public static void finish() {
        finishCurrent();
    }

    /** The names of the threads of the current run's model that are still alive. */
    public static synchronized List<String> threadsAlive() {
        return current == null || current.controller == null ? List.of() : current.controller.threadsAlive();
    }
}
