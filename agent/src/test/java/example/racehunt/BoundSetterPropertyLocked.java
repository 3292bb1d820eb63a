package example.racehunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** The fixed twin of {@code BoundSetterProperty}: the admin's call through the bound setter and the pool's read hold the settings' lock. */
// weft: expect none
public final class BoundSetterPropertyLocked {

    static final class PoolSettings {
        Integer maxSize = 8;
    }

    public static void main(String[] args) throws Throwable {
        PoolSettings settings = new PoolSettings();
        MethodHandle property = MethodHandles.lookup().findSetter(PoolSettings.class, "maxSize", Integer.class)
                .bindTo(settings).asType(MethodType.methodType(void.class, Object.class));
        Threads.runAll(new String[] {"admin", "pool"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        synchronized (settings) {
                            try {
                                property.invokeExact((Object) (8 + i % 4));
                            } catch (Throwable e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                },
                () -> {
                    long capacity = 0;
                    for (int i = 0; i < 100; i++) {
                        synchronized (settings) {
                            capacity += settings.maxSize;
                        }
                    }
                    System.out.println("capacity " + (capacity > 0));
                });
    }
}
