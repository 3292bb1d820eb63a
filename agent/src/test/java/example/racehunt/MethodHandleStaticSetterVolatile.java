package example.racehunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/** The twin of {@link MethodHandleStaticSetter}: the flag is {@code volatile}, and the setter handle writes it as such. */
// weft: expect none
public final class MethodHandleStaticSetterVolatile {

    static volatile boolean darkMode;

    public static void main(String[] args) throws Throwable {
        MethodHandle set = MethodHandles.lookup().findStaticSetter(MethodHandleStaticSetterVolatile.class, "darkMode", boolean.class);
        int[] dark = new int[1];
        Threads.runAll(new String[] {"switchboard", "request"}, () -> {
            try {
                for (int i = 0; i < 100; i++) {
                    set.invokeExact(i % 2 == 0);
                }
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                if (darkMode) {
                    dark[0]++;
                }
            }
        });
        System.out.println("dark pages " + dark[0]);
    }
}
