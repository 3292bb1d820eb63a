package dev.weft.agent;

import java.lang.instrument.Instrumentation;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code -javaagent} entry point ({@code Premain-Class} and {@code Agent-Class}).
 *
 * <p>It parses the options, puts the runtime hooks on the bootstrap class path, and hands off to
 * {@link AgentStarter}. <b>Important</b>: this class must not name any type of {@code dev.weft.runtime}:
 * those types only exist once the injection is done, and the verifier may load the types a class names.
 * A bad option stops the JVM with one line and status 2; any other failure leaves the application
 * running without weft, after one warning line.
 */
public final class WeftAgent {

    /** Exit status for bad usage (options), as in DESIGN.md. */
    static final int USAGE_EXIT_STATUS = 2;

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WeftAgent() { }

    /** Called by the JVM before {@code main} for {@code -javaagent:weft-agent.jar[=options]}. */
    public static void premain(String arguments, Instrumentation inst) {
        start(arguments, inst, false);
    }

    /** Called when the agent is attached to a running JVM. */
    public static void agentmain(String arguments, Instrumentation inst) {
        start(arguments, inst, true);
    }

    private static void start(String arguments, Instrumentation inst, boolean attached) {
        if (!STARTED.compareAndSet(false, true)) {
            System.err.println("weft: already running in this JVM; the second -javaagent is ignored");
            return;
        }
        AgentOptions options;
        try {
            options = AgentOptions.parse(arguments);
        } catch (BadOptionException e) {
            System.err.println("weft: " + e.getMessage());
            if (attached) {
                return; // never stop a running application because of a bad attach request
            }
            System.exit(USAGE_EXIT_STATUS);
            return;
        }
        try {
            BootstrapInjector.inject(inst);
            AgentStarter.start(options, inst, attached);
        } catch (Throwable t) {
            System.err.println("weft: could not start, the program runs without it: " + t);
        }
    }
}
