package example.racehunt;

/** Each session locks itself, but the counter they update is static: two locks, one variable. */
// weft: expect race example.racehunt.PerInstanceLockStatic.openSessions threads=session-a,session-b
public final class PerInstanceLockStatic {

    private static int openSessions;

    synchronized void open() {
        openSessions++; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        PerInstanceLockStatic a = new PerInstanceLockStatic();
        PerInstanceLockStatic b = new PerInstanceLockStatic();
        Threads.runAll(new String[] {"session-a", "session-b"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        a.open();
                    }
                },
                () -> {
                    for (int i = 0; i < 100; i++) {
                        b.open();
                    }
                });
        System.out.println("open " + openSessions);
    }
}
