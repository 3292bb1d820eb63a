package example.racehunt;

import java.lang.reflect.Field;

/** An admin tool sets a quota by reflection while a limiter reads it by reflection too: no side is ordered. */
// weft: expect race example.racehunt.ReflectiveQuotaBoth$Limits.quota threads=admin,limiter
public final class ReflectiveQuotaBoth {

    static final class Limits {
        int quota = 100;
    }

    public static void main(String[] args) throws Exception {
        Limits limits = new Limits();
        Field quota = Limits.class.getDeclaredField("quota");
        Threads.runAll(new String[] {"admin", "limiter"},
                () -> {
                    try {
                        for (int i = 0; i < 50; i++) {
                            quota.setInt(limits, 100 + i); // weft: race
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                },
                () -> {
                    try {
                        long sum = 0;
                        for (int i = 0; i < 50; i++) {
                            sum += quota.getInt(limits); // weft: race
                        }
                        System.out.println("allowed " + sum);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
