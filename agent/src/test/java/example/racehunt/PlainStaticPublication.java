package example.racehunt;

/** Settings are published through a plain static field: the reader may see the reference without what it refers to. */
// weft: expect race example.racehunt.PlainStaticPublication.current threads=loader,server
public final class PlainStaticPublication {

    record Settings(int port, String host) {
    }

    static Settings current;

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"loader", "server"},
                () -> current = new Settings(8080, "example.org"), // weft: race
                () -> {
                    Settings seen = null;
                    for (int i = 0; i < 1_000 && seen == null; i++) {
                        seen = current; // weft: race
                        Thread.onSpinWait();
                    }
                    System.out.println("settings " + (seen == null ? "none" : seen.host()));
                });
    }
}
