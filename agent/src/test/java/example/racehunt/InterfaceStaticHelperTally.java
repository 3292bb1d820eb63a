package example.racehunt;

/** An interface's static helper method tallies into another class's static counter; two implementations call it. */
// weft: expect race example.racehunt.InterfaceStaticHelperTally$Audit.events threads=login,logout
public final class InterfaceStaticHelperTally {

    static final class Audit {
        static int events;
    }

    interface Audited {
        static void note() {
            Audit.events++; // weft: race
        }

        default void act() {
            note();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Audited login = new Audited() { };
        Audited logout = new Audited() { };
        Threads.runAll(new String[] {"login", "logout"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        login.act();
                    }
                },
                () -> {
                    for (int i = 0; i < 100; i++) {
                        logout.act();
                    }
                });
        System.out.println("events " + Audit.events);
    }
}
