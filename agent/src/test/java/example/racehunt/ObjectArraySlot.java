package example.racehunt;

/** Two threads register into the first free slot of an Object[] with a check-then-act and no lock. */
// weft: expect race java.lang.Object[] threads=plugin-a,plugin-b
public final class ObjectArraySlot {

    private static final Object[] HANDLERS = new Object[4];

    static void register(Object handler) {
        for (int i = 0; i < HANDLERS.length; i++) {
            if (HANDLERS[i] == null) { // weft: race
                HANDLERS[i] = handler; // weft: race
                return;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"plugin-a", "plugin-b"}, () -> register("a"), () -> register("b"));
        System.out.println("first " + HANDLERS[0]);
    }
}
