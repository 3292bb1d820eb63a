package example.explorehunt;

/**
 * {@link ReadGateMissedSignal}'s gate with the signal right: the last reader to leave wakes the waiters, whether or not a
 * writer has set {@code writing} yet.
 */
// weft: expect none
public final class ReadGateSignalled {

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
            if (readers == 0) { // a writer may be waiting for the readers to leave
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
