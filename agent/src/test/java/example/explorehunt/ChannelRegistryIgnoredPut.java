package example.explorehunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishers look their channel up in a {@code ConcurrentHashMap} and create it when missing with
 * {@code putIfAbsent}, but ignore what {@code putIfAbsent} returns: when both miss it, the second's channel is not the
 * registered one, and its message goes to a channel nobody reads (main finds one message where two were published).
 */
// weft: expect failure
public final class ChannelRegistryIgnoredPut {

    static final class Channel {
        final AtomicInteger messages = new AtomicInteger();
    }

    static final ConcurrentHashMap<String, Channel> CHANNELS = new ConcurrentHashMap<>();

    static void publish(String topic) {
        Channel channel = CHANNELS.get(topic);
        if (channel == null) {
            channel = new Channel();
            CHANNELS.putIfAbsent(topic, channel); // the bug: the channel registered first is the one to use
        }
        channel.messages.incrementAndGet();
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
