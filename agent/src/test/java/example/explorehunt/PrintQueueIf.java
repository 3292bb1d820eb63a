package example.explorehunt;

/**
 * A bounded print queue that waits with {@code if} instead of {@code while}: a spooler woken by
 * {@code notifyAll} takes a job without checking again that one is left; when another spooler took it
 * first, it takes from an empty queue and fails.
 */
// weft: expect failure
public final class PrintQueueIf {

    static final class PrintQueue {
        private final String[] jobs = new String[2];
        private int count;

        synchronized void submit(String job) throws InterruptedException {
            if (count == jobs.length) {
                wait();
            }
            jobs[count++] = job;
            notifyAll();
        }

        synchronized String take() throws InterruptedException {
            if (count == 0) {
                wait();
            }
            String job = jobs[--count];
            jobs[count] = null;
            notifyAll();
            return job;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PrintQueue queue = new PrintQueue();
        Runnable spool = () -> {
            try {
                System.out.println("printing " + queue.take().length());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread first = new Thread(spool, "spooler-1");
        Thread second = new Thread(spool, "spooler-2");
        Thread office = new Thread(() -> {
            try {
                queue.submit("report");
                queue.submit("invoice");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "office");
        first.start();
        second.start();
        office.start();
        first.join();
        second.join();
        office.join();
    }
}
