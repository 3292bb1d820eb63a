package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** A plain payload published with a VarHandle setRelease of a flag and read after getAcquire sees it. */
// weft: expect none
public final class VarHandleFlag {

    private static final VarHandle READY;

    static {
        try {
            READY = MethodHandles.lookup().findVarHandle(VarHandleFlag.class, "ready", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private int[] payload;
    private boolean ready;

    public static void main(String[] args) throws InterruptedException {
        VarHandleFlag box = new VarHandleFlag();
        Runnable writer = () -> {
            box.payload = new int[] {1, 2, 3};
            box.payload[2] = 4;
            READY.setRelease(box, true);
        };
        Runnable reader = () -> {
            while (!(boolean) READY.getAcquire(box)) {
                Thread.onSpinWait();
            }
            System.out.println("payload " + (box.payload[0] + box.payload[2]));
        };
        Threads.runAll(new String[] {"writer", "reader"}, writer, reader);
    }
}
