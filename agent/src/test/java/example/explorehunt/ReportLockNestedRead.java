package example.explorehunt;

/**
 * A hand-built read-write lock that prefers writers (a reader waits while a writer waits, so that a stream of readers
 * cannot starve writers) guards a report. Rendering the report takes the read lock, and the summary it calls takes it
 * again: when the refresher asks for the write lock between the two, it waits for the renderer's first read hold,
 * and the renderer's second waits for the refresher. Writer preference turns a writer's wait into a deadlock.
 */
// weft: expect deadlock
public final class ReportLockNestedRead {

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

    static String summary() throws InterruptedException {
        LOCK.lockRead(); // the bug: a second read hold, which waits behind a waiting writer
        try {
            int total = 0;
            for (int sale : sales) {
                total += sale;
            }
            return "total " + total;
        } finally {
            LOCK.unlockRead();
        }
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
