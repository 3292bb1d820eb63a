package example.explorehunt;

/**
 * {@link ReportLockNestedRead}'s correct twin: the summary is computed under the read hold the renderer already has,
 * so no read hold waits behind the refresher.
 */
// weft: expect none
public final class ReportLockSingleRead {

    static final class WriterFirstLock {
        private int readers;
        private int writersWaiting;
        private boolean writing;

        synchronized void lockRead() throws InterruptedException {
            while (writing || writersWaiting > 0) {
                wait();
            }
            readers++;
        }

        synchronized void unlockRead() {
            if (--readers == 0) {
                notifyAll();
            }
        }

        synchronized void lockWrite() throws InterruptedException {
            writersWaiting++;
            try {
                while (writing || readers > 0) {
                    wait();
                }
            } finally {
                writersWaiting--;
            }
            writing = true;
        }

        synchronized void unlockWrite() {
            writing = false;
            notifyAll();
        }
    }

    static final WriterFirstLock LOCK = new WriterFirstLock();
    static int[] sales = {3, 5, 8};

    static String render() throws InterruptedException {
        LOCK.lockRead();
        try {
            return "sales " + sales.length + ", " + summary();
        } finally {
            LOCK.unlockRead();
        }
    }

    /** Called with the read lock held. */
    static String summary() {
        int total = 0;
        for (int sale : sales) {
            total += sale;
        }
        return "total " + total;
    }

    static void refresh() throws InterruptedException {
        LOCK.lockWrite();
        try {
            sales = new int[] {3, 5, 8, 13};
        } finally {
            LOCK.unlockWrite();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread renderer = new Thread(() -> {
            try {
                System.out.println(render());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "renderer");
        Thread refresher = new Thread(() -> {
            try {
                refresh();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "refresher");
        renderer.start();
        refresher.start();
        renderer.join();
        refresher.join();
    }
}
