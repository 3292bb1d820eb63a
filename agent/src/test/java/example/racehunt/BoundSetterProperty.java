package example.racehunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A property binder binds a setter to the pool's settings ({@code bindTo}) and adapts it to take any
 * {@code Object} ({@code asType}), as a configuration framework would; the admin sets the size through it
 * while the pool reads the field directly.
 */
// weft: expect race example.racehunt.BoundSetterProperty$PoolSettings.maxSize threads=admin,pool
public final class BoundSetterProperty {

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
                        try {
                            property.invokeExact((Object) (8 + i % 4)); // weft: race
                        } catch (Throwable e) {
                            throw new IllegalStateException(e);
                        }
                    }
                },
                () -> {
                    long capacity = 0;
                    for (int i = 0; i < 100; i++) {
                        capacity += settings.maxSize; // weft: race
                    }
                    System.out.println("capacity " + (capacity > 0));
                });
    }
}
