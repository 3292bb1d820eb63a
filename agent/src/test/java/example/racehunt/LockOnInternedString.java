package example.racehunt;

/** The fixed twin of {@code LockOnCopiedString}: the built lock name is interned, so both desks lock the same string. */
// weft: expect none
public final class LockOnInternedString {

    static int placed;

    public static void main(String[] args) throws InterruptedException {
        String built = new StringBuilder("ord").append("ers").toString().intern();
        Threads.runAll(new String[] {"desk-literal", "desk-built"}, () -> {
            for (int i = 0; i < 300; i++) {
                synchronized ("orders") {
                    placed++;
                }
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                synchronized (built) {
                    placed++;
                }
            }
        });
        System.out.println("orders placed: " + placed);
    }
}
