package example.racehunt;

import java.lang.reflect.Field;

/**
 * An admin console changes the log level through reflection ({@code Field.setInt} on a static field, as a JMX-like
 * bean editor does) while a request thread reads the level directly before each log line: no lock, no {@code volatile}.
 */
// weft: expect race example.racehunt.ReflectiveStaticLevel$Log.level threads=admin,request
public final class ReflectiveStaticLevel {

    static final class Log {
        static int level = 2;

        static boolean enabled(int wanted) {
            return wanted >= level; // weft: race
        }
    }

    public static void main(String[] args) throws Exception {
        Field level = Log.class.getDeclaredField("level");
        int[] logged = new int[1];
        Threads.runAll(new String[] {"admin", "request"}, () -> {
            try {
                for (int i = 0; i < 100; i++) {
                    level.setInt(null, i % 4); // weft: race
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
