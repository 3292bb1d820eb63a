package example.racehunt;

/** A command handler switches on the command string and counts each kind; two clients send GETs. */
// weft: expect race example.racehunt.SwitchCommandCounters$Stats.gets threads=client-a,client-b
public final class SwitchCommandCounters {

    static final class Stats {
        int gets;
        int putsA;
        int putsB;
    }

    static void handle(Stats stats, String command, boolean first) {
        switch (command) {
            case "GET" -> stats.gets++; // weft: race
            case "PUT" -> {
                if (first) {
                    stats.putsA++;
                } else {
                    stats.putsB++;
                }
            }
            default -> throw new IllegalArgumentException(command);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Stats stats = new Stats();
        String[] script = {"GET", "PUT", "GET", "GET"};
        Threads.runAll(new String[] {"client-a", "client-b"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        handle(stats, script[i % script.length], true);
                    }
                },
                () -> {
                    for (int i = 0; i < 100; i++) {
                        handle(stats, script[i % script.length], false);
                    }
                });
        System.out.println(stats.gets + " gets, " + (stats.putsA + stats.putsB) + " puts");
    }
}
