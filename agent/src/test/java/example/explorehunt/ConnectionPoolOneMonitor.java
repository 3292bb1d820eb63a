package example.explorehunt;

/** {@link ConnectionPoolNestedWait} with one monitor: {@code wait} lets go of everything {@code borrow} holds. */
// weft: expect none
public final class ConnectionPoolOneMonitor {

    static final class Pool {
        private int free = 1;

        synchronized String borrow() throws InterruptedException {
            while (free == 0) {
                wait();
            }
            free--;
            return "connection";
        }

        synchronized void giveBack() {
            free++;
            notify();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Pool pool = new Pool();
        Runnable report = () -> {
            try {
                String connection = pool.borrow();
                System.out.println(Thread.currentThread().getName() + " ran a query on " + connection);
                pool.giveBack();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread daily = new Thread(report, "daily-report");
        Thread weekly = new Thread(report, "weekly-report");
        daily.start();
        weekly.start();
        daily.join();
        weekly.join();
    }
}
