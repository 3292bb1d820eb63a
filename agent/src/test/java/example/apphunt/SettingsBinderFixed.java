package example.apphunt;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A settings object bound from key-value pairs by reflection, the way configuration libraries do: a
 * reload thread sets each field through {@code Field.setInt}, while the request workers read the same
 * field, {@code volatile}, directly.
 */
// weft: expect none
public final class SettingsBinderFixed {

    static final class ServerSettings {
        private volatile int maxConnections = 10;
        private int timeoutMillis = 500;
    }

    static final class Binder {
        private final Class<?> type;

        Binder(Class<?> type) {
            this.type = type;
        }

        void bind(Object target, Map<String, String> values) throws ReflectiveOperationException {
            for (Map.Entry<String, String> entry : values.entrySet()) {
                Field field = type.getDeclaredField(entry.getKey());
                field.setInt(target, Integer.parseInt(entry.getValue()));
            }
        }
    }

    static final class Worker extends Thread {
        private final ServerSettings settings;
        private final CountDownLatch done;
        private int rejected;

        Worker(int id, ServerSettings settings, CountDownLatch done) {
            super("worker-" + id);
            this.settings = settings;
            this.done = done;
        }

        @Override
        public void run() {
            for (int request = 0; request < 40; request++) {
                if (request % 20 >= settings.maxConnections) {
                    rejected++;
                }
                Thread.yield();
            }
            done.countDown();
        }
    }

    public static void main(String[] args) throws Exception {
        ServerSettings settings = new ServerSettings();
        Binder binder = new Binder(ServerSettings.class);
        CountDownLatch done = new CountDownLatch(2);
        Worker[] workers = {new Worker(1, settings, done), new Worker(2, settings, done)};
        Thread reload = new Thread(() -> {
            try {
                for (int i = 0; i < 5; i++) {
                    binder.bind(settings, Map.of("maxConnections", Integer.toString(12 + i)));
                    Thread.sleep(1);
                }
            } catch (ReflectiveOperationException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "settings-reload");
        reload.start();
        for (Worker worker : workers) {
            worker.start();
        }
        done.await();
        reload.join();
        System.out.println(workers[0].rejected + workers[1].rejected + " rejected, timeout " + settings.timeoutMillis);
    }
}
