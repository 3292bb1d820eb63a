package dev.weft.runtime;

/**
 * The bootstrap-visible hooks of a JUnit Platform run: the agent's advice on the launcher's listener
 * calls them as each test or container starts and finishes, and the installed {@link Handler} may replace
 * a finished test's result (to fail a test that weft found a bug in).
 *
 * <p>Arguments are typed {@code Object}, so that this class names no JUnit type. Like {@link Weft}, it
 * never throws into the run: a handler that fails is dropped after one warning line, and results pass
 * through unchanged from then on.
 */
public final class TestRuns {

    /** What the agent does when a test or container starts or finishes. */
    public interface Handler {

        /** {@code descriptor} (a {@code TestDescriptor}) starts on the calling thread. */
        void started(Object listener, Object descriptor);

        /**
         * {@code descriptor} finished on the calling thread with {@code result} (a
         * {@code TestExecutionResult}).
         *
         * @return the result to report instead: {@code result} itself, or a failed one
         */
        Object finished(Object listener, Object descriptor, Object result);
    }

    private static volatile Handler handler;

    private TestRuns() { }

    /** Installs the handler ({@code null} for none). */
    public static void install(Handler newHandler) {
        handler = newHandler;
    }

    /** Called as {@code descriptor} starts, by {@code listener}. */
    public static void started(Object listener, Object descriptor) {
        Handler current = handler;
        if (current != null) {
            try {
                current.started(listener, descriptor);
            } catch (Throwable t) {
                fail(t);
            }
        }
    }

    /** Called as {@code descriptor} finishes, by {@code listener}; returns the result to report. */
    public static Object finished(Object listener, Object descriptor, Object result) {
        Handler current = handler;
        if (current != null) {
            try {
                return current.finished(listener, descriptor, result);
            } catch (Throwable t) {
                fail(t);
            }
        }
        return result;
    }

    private static void fail(Throwable t) {
        if (handler != null) {
            handler = null;
            System.err.println("weft: internal error, tests are no longer attributed in this run: " + t);
        }
    }
}
