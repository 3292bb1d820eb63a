package example.racehunt;

/** A job runner counts finished jobs in a finally block, also when a job throws; two runners share the count. */
// weft: expect race example.racehunt.FinallyBlockCounter$Runner.finished threads=runner-1,runner-2
public final class FinallyBlockCounter {

    static final class Runner {
        int finished;

        void run(int job) {
            try {
                if (job % 3 == 0) {
                    throw new IllegalStateException("job " + job);
                }
            } catch (IllegalStateException e) {
                Thread.onSpinWait();
            } finally {
                finished++; // weft: race
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runner runner = new Runner();
        Runnable work = () -> {
            for (int i = 0; i < 100; i++) {
                runner.run(i);
            }
        };
        Threads.runAll(new String[] {"runner-1", "runner-2"}, work, work);
        System.out.println("finished " + runner.finished);
    }
}
