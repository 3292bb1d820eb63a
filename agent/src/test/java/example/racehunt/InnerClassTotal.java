package example.racehunt;

/** An inner (non-static) class's listener adds into its outer object's total from two feeder threads. */
// weft: expect race example.racehunt.InnerClassTotal.total threads=feed-a,feed-b
public final class InnerClassTotal {

    private long total;

    final class Listener {
        void onAmount(long amount) {
            total += amount; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        InnerClassTotal ledger = new InnerClassTotal();
        Listener listener = ledger.new Listener();
        Runnable feed = new Runnable() {
            @Override
            public void run() {
                for (int i = 0; i < 500; i++) {
                    listener.onAmount(i);
                }
            }
        };
        Threads.runAll(new String[] {"feed-a", "feed-b"}, feed, feed);
        System.out.println("total " + ledger.total);
    }
}
