package example.explorehunt;

/** Twin of {@link ReadWriteNotifyOne}: the writer, leaving, wakes every waiter with {@code notifyAll}. */
// weft: expect none
public final class ReadWriteNotifyAll {

    static final class ReadWriteLock {
        private int readers;
        private boolean writing;
        private int waitingWriters;

        synchronized void enterRead() throws InterruptedException {
            while (writing) {
                wait();
            }
            readers++;
        }

        synchronized void exitRead() {
            readers--;
            if (readers == 0 && waitingWriters > 0) { // only a writer waits for the readers to leave
                notifyAll();
            }
        }

        synchronized void enterWrite() throws InterruptedException {
            waitingWriters++;
            while (writing || readers > 0) {
                wait();
            }
            waitingWriters--;
            writing = true;
        }

        synchronized void exitWrite() {
            writing = false;
            notifyAll();
        }
    }

    static String price = "10.00";

    public static void main(String[] args) throws InterruptedException {
        ReadWriteLock lock = new ReadWriteLock();
        Thread writer = new Thread(() -> {
            try {
                lock.enterWrite();
                try {
                    price = "10.50";
                } finally {
                    lock.exitWrite();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "writer");
        Thread[] readers = new Thread[2];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = new Thread(() -> {
                try {
                    lock.enterRead();
                    try {
                        System.out.println(Thread.currentThread().getName() + " reads " + price);
                    } finally {
                        lock.exitRead();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "reader-" + i);
        }
        writer.start();
        for (Thread reader : readers) {
            reader.start();
        }
        writer.join();
        for (Thread reader : readers) {
            reader.join();
        }
    }
}
