package example.racehunt;

/** An anonymous listener adds each order's amount to the dashboard's total; two feeds notify it at once. */
// weft: expect race example.racehunt.AnonymousListenerTotal$Dashboard.totalCents threads=feed-eu,feed-us
public final class AnonymousListenerTotal {

    interface OrderListener {
        void placed(long cents);
    }

    static final class Dashboard {
        long totalCents;
    }

    public static void main(String[] args) throws InterruptedException {
        Dashboard dashboard = new Dashboard();
        OrderListener listener = new OrderListener() {
            @Override
            public void placed(long cents) {
                dashboard.totalCents += cents; // weft: race
            }
        };
        Runnable feed = () -> {
            for (int i = 0; i < 200; i++) {
                listener.placed(100 + i);
            }
        };
        Threads.runAll(new String[] {"feed-eu", "feed-us"}, feed, feed);
        System.out.println("total " + dashboard.totalCents);
    }
}
