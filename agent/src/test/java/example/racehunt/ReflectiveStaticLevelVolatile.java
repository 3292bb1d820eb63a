package example.racehunt;

import java.lang.reflect.Field;

/** The twin of {@link ReflectiveStaticLevel}: the level is {@code volatile}, and the reflective write a volatile one. */
// weft: expect none
public final class ReflectiveStaticLevelVolatile {

    static final class Log {
        static volatile int level = 2;

        static boolean enabled(int wanted) {
            return wanted >= level;
        }
    }

    public static void main(String[] args) throws Exception {
        Field level = Log.class.getDeclaredField("level");
        int[] logged = new int[1];
        Threads.runAll(new String[] {"admin", "request"}, () -> {
            try {
                for (int i = 0; i < 100; i++) {
                    level.setInt(null, i % 4);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                if (Log.enabled(i % 4)) {
                    logged[0]++;
                }
            }
        });
        System.out.println("logged " + logged[0]);
    }
}
