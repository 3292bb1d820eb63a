package example.racehunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * A feature switchboard flips a static flag through a {@code MethodHandle} static setter made once, while a request
 * thread reads the flag plainly: the setter's write and the read race.
 */
// weft: expect race example.racehunt.MethodHandleStaticSetter.darkMode threads=switchboard,request
public final class MethodHandleStaticSetter {

    static boolean darkMode;

    public static void main(String[] args) throws Throwable {
        MethodHandle set = MethodHandles.lookup().findStaticSetter(MethodHandleStaticSetter.class, "darkMode", boolean.class);
        int[] dark = new int[1];
        Threads.runAll(new String[] {"switchboard", "request"}, () -> {
            try {
                for (int i = 0; i < 100; i++) {
                    set.invokeExact(i % 2 == 0); // weft: race
                }
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                if (darkMode) { // weft: race
                    dark[0]++;
                }
            }
        });
        System.out.println("dark pages " + dark[0]);
    }
}
