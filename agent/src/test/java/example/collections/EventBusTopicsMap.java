package example.collections;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** An event bus keeps an immutable list of subscribers per topic, replaced on each subscription, in a plain {@code HashMap}; a plugin subscribes while the dispatcher publishes. */
// weft: expect race example.collections.EventBusTopicsMap$Bus.topics threads=dispatcher,plugin collection=java.util.HashMap
public final class EventBusTopicsMap {

    static final class Bus {
        private final Map<String, List<Consumer<String>>> topics = new HashMap<>();

        void subscribe(String topic, Consumer<String> handler) {
            topics.merge(topic, List.of(handler), (old, added) -> Stream.concat(old.stream(), added.stream()).toList()); // weft: race
        }

        int publish(String topic, String event) {
            List<Consumer<String>> handlers = topics.getOrDefault(topic, List.of()); // weft: race
            return handlers.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Bus bus = new Bus();
        int[] delivered = new int[1];
        Threads.runAll(new String[] {"plugin", "dispatcher"}, () -> {
            for (int i = 0; i < 300; i++) {
                bus.subscribe("topic-" + (i % 7), event -> { });
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                delivered[0] += bus.publish("topic-" + (i % 7), "tick");
            }
        });
        System.out.println(delivered[0]);
    }
}
