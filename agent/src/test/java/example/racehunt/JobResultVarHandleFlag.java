package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A job runner publishes a result through a {@code volatile} done flag, but sets the flag with the
 * handle's plain {@code set}: a plain-mode store of a volatile field releases nothing, so the result
 * written before it races with the waiter's read after it sees the flag.
 */
// weft: expect race example.racehunt.JobResultVarHandleFlag$Job.result threads=worker,waiter
public final class JobResultVarHandleFlag {

    static final class Job {
        private static final VarHandle DONE;

        static {
            try {
                DONE = MethodHandles.lookup().findVarHandle(Job.class, "done", boolean.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private volatile boolean done;
        private String result;

        void complete(String value) {
            result = value; // weft: race
            DONE.set(this, true);
        }

        String await() {
            while (!(boolean) DONE.get(this)) {
                Thread.onSpinWait();
            }
            return result; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Job job = new Job();
        String[] seen = new String[1];
        Threads.runAll(new String[] {"worker", "waiter"}, () -> job.complete("42 rows"), () -> seen[0] = job.await());
        System.out.println("result " + seen[0]);
    }
}
