package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** The twin of {@code JobResultVarHandleFlag}: a release store of the flag and an acquire load publish the result. */
// weft: expect none
public final class JobResultVarHandleRelease {

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
            result = value;
            DONE.setRelease(this, true);
        }

        String await() {
            while (!(boolean) DONE.getAcquire(this)) {
                Thread.onSpinWait();
            }
            return result;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Job job = new Job();
        String[] seen = new String[1];
        Threads.runAll(new String[] {"worker", "waiter"}, () -> job.complete("42 rows"), () -> seen[0] = job.await());
        System.out.println("result " + seen[0]);
    }
}
