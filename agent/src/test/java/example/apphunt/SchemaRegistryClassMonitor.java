package example.apphunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A schema registry guarded by the monitor of a {@code Class} object ({@code synchronized (Schema.class)}) in
 * instance methods of another class, with {@code Schema.class.wait()} in a loop until the schema a consumer needs is
 * registered and {@code notifyAll()} on registration; a static synchronized method of {@code Schema} shares the
 * monitor.
 */
// weft: expect none
public final class SchemaRegistryClassMonitor {

    static final class Schema {
        static int registered;
        final String name;
        final List<String> fields = new ArrayList<>();

        Schema(String name) {
            this.name = name;
        }

        static synchronized int count() {
            return registered;
        }
    }

    static final class Registry {
        private final Map<String, Schema> schemas = new HashMap<>();

        void register(Schema schema) {
            synchronized (Schema.class) {
                schemas.put(schema.name, schema);
                Schema.registered++;
                Schema.class.notifyAll();
            }
        }

        Schema await(String name) throws InterruptedException {
            synchronized (Schema.class) {
                Schema schema;
                while ((schema = schemas.get(name)) == null) {
                    Schema.class.wait(50);
                }
                schema.fields.add("seen-by-" + Thread.currentThread().getName());
                return schema;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Registry registry = new Registry();
        Thread[] consumers = new Thread[3];
        int[] widths = new int[consumers.length];
        for (int c = 0; c < consumers.length; c++) {
            int me = c;
            consumers[c] = new Thread(() -> {
                try {
                    for (int v = 0; v < 20; v++) {
                        Schema schema = registry.await("event-v" + v);
                        synchronized (Schema.class) {
                            widths[me] += schema.fields.size();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "consumer-" + c);
            consumers[c].start();
        }
        for (int v = 0; v < 20; v++) {
            Schema schema = new Schema("event-v" + v);
            schema.fields.add("id");
            schema.fields.add("payload-" + v);
            registry.register(schema);
        }
        for (Thread consumer : consumers) {
            consumer.join();
        }
        System.out.println(Schema.count() + " schemas, widths " + (widths[0] + widths[1] + widths[2]));
    }
}
