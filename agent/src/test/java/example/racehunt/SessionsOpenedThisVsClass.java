package example.racehunt;

/** Opening locks the session ({@code this}), closing all locks the class: two monitors, one static count. */
// weft: expect race example.racehunt.SessionsOpenedThisVsClass.open threads=opener,reaper
public final class SessionsOpenedThisVsClass {

    private static int open;

    synchronized void start() {
        open++; // weft: race
    }

    static synchronized void closeAll() {
        open = 0; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        SessionsOpenedThisVsClass session = new SessionsOpenedThisVsClass();
        Threads.runAll(new String[] {"opener", "reaper"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        session.start();
                    }
                },
                () -> {
                    for (int i = 0; i < 100; i++) {
                        closeAll();
                    }
                });
        System.out.println("open " + open);
    }
}
