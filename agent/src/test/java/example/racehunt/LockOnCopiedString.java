package example.racehunt;

/**
 * Two order desks agree to lock on the string {@code "orders"}, but one builds its lock name at run time: an equal
 * string, not the same object (the literal is interned, the built one is not), so the desks hold different monitors.
 */
// weft: expect race example.racehunt.LockOnCopiedString.placed threads=desk-literal,desk-built
public final class LockOnCopiedString {

    static int placed;

    public static void main(String[] args) throws InterruptedException {
        String built = new StringBuilder("ord").append("ers").toString();
        Threads.runAll(new String[] {"desk-literal", "desk-built"}, () -> {
            for (int i = 0; i < 300; i++) {
                synchronized ("orders") {
                    placed++; // weft: race
                }
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                synchronized (built) {
                    placed++; // weft: race
                }
            }
        });
        System.out.println("orders placed: " + placed);
    }
}
