package example.app;

import java.lang.reflect.Field;

/**
 * As ReadRightAfterStart, with main reading the writer's volatile flag through {@code Field.getBoolean}:
 * main sees it set only where the model lets the writer go between main's start and main's read, so the
 * reflective read too must take its value at its step.
 */
public final class ReflectiveReadRightAfterStart {
    static volatile boolean set;

    public static void main(String[] args) throws Exception {
        Field flag = ReflectiveReadRightAfterStart.class.getDeclaredField("set");
        Thread writer = new Thread(() -> {
            set = true;
        }, "writer");
        writer.start();
        boolean seen = flag.getBoolean(null);
        writer.join();
        System.out.println("seen " + seen);
    }
}
