package example.explorehunt;

/**
 * A reader-writer gate built by hand on a monitor: a reader leaving wakes waiters only when {@code writing} is set, but a
 * writer waiting for the readers to leave has not set it yet (it sets it once they are gone), so a writer that arrives
 * while a reader is inside waits for a signal that never comes.
 */
// weft: expect deadlock
public final class ReadGateMissedSignal {

    static final class Gate {
        private int readers;
        private boolean writing;

        synchronized void enterRead() throws InterruptedException {
            while (writing) {
                wait();
            }
            readers++;
        }

        synchronized void exitRead() {
            readers--;
            if (readers == 0 && writing) { // the bug: the waiting writer has not set writing
                notifyAll();
            }
        }

        synchronized void enterWrite() throws InterruptedException {
            while (writing || readers > 0) {
                wait();
            }
            writing = true;
        }

        synchronized void exitWrite() {
            writing = false;
            notifyAll();
        }
    }

    static int version;

    public static void main(String[] args) throws InterruptedException {
        Gate gate = new Gate();
        Thread reader = new Thread(() -> {
            try {
                gate.enterRead();
                try {
                    System.out.println("read version " + version);
                } finally {
                    gate.exitRead();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reader");
        Thread writer = new Thread(() -> {
            try {
                gate.enterWrite();
                try {
                    version++;
                } finally {
                    gate.exitWrite();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "writer");
        reader.start();
        writer.start();
        reader.join();
        writer.join();
    }
}
