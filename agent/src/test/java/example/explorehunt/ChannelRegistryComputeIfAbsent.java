package example.explorehunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The twin of {@link ChannelRegistryIgnoredPut}: publishers get or create their channel with
 * {@code computeIfAbsent}, so both use the one registered channel.
 */
// weft: expect none
public final class ChannelRegistryComputeIfAbsent {

    static final class Channel {
        final AtomicInteger messages = new AtomicInteger();
    }

    static final ConcurrentHashMap<String, Channel> CHANNELS = new ConcurrentHashMap<>();

    static void publish(String topic) {
        CHANNELS.computeIfAbsent(topic, t -> new Channel()).messages.incrementAndGet();
    }

    public static void main(String[] args) throws InterruptedException {
        Thread prices = new Thread(() -> publish("quotes"), "prices");
        Thread news = new Thread(() -> publish("quotes"), "news");
        prices.start();
        news.start();
        prices.join();
        news.join();
        int delivered = CHANNELS.get("quotes").messages.get();
        if (delivered != 2) {
            throw new IllegalStateException("published 2 messages, the channel has " + delivered);
        }
    }
}
