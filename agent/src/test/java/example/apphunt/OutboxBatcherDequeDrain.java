package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * A mail outbox batches messages: producers put urgent messages at the head of a {@code LinkedBlockingDeque}
 * ({@code offerFirst}) and bulk mail at its tail ({@code putLast}); a sender takes the first one with a timed
 * {@code pollFirst}, then {@code drainTo}s up to a batch more, stamps each message as sent, and counts the batch in a
 * field of its own; the producers end with one poison message each, and the main thread joins the sender and reads
 * the messages' stamps and its counts.
 */
// weft: expect none
public final class OutboxBatcherDequeDrain {

    static final class Message {
        final String to;
        final boolean urgent;
        long sentAt;
        int batch;

        Message(String to, boolean urgent) {
            this.to = to;
            this.urgent = urgent;
        }
    }

    static final Message STOP = new Message("", false);

    static final class Sender extends Thread {
        final LinkedBlockingDeque<Message> outbox;
        final int producers;
        int batches;
        int sent;

        Sender(LinkedBlockingDeque<Message> outbox, int producers) {
            super("sender");
            this.outbox = outbox;
            this.producers = producers;
        }

        @Override
        public void run() {
            int stopped = 0;
            List<Message> batch = new ArrayList<>();
            try {
                while (stopped < producers) {
                    Message first = outbox.pollFirst(50, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    outbox.drainTo(batch, 7);
                    batches++;
                    for (Message message : batch) {
                        if (message == STOP) {
                            stopped++;
                        } else {
                            message.sentAt = System.nanoTime();
                            message.batch = batches;
                            sent++;
                        }
                    }
                    batch.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        LinkedBlockingDeque<Message> outbox = new LinkedBlockingDeque<>(64);
        List<Message> all = new ArrayList<>();
        List<List<Message>> perProducer = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            List<Message> mine = new ArrayList<>();
            for (int m = 0; m < 20; m++) {
                mine.add(new Message("user" + p + "-" + m + "@example.com", m % 5 == 0));
            }
            perProducer.add(mine);
            all.addAll(mine);
        }
        Sender sender = new Sender(outbox, 3);
        sender.start();
        List<Thread> producers = new ArrayList<>();
        for (List<Message> mine : perProducer) {
            Thread producer = new Thread(() -> {
                try {
                    for (Message message : mine) {
                        if (message.urgent) {
                            while (!outbox.offerFirst(message)) {
                                Thread.onSpinWait();
                            }
                        } else {
                            outbox.putLast(message);
                        }
                    }
                    outbox.putLast(STOP);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "producer-" + producers.size());
            producers.add(producer);
            producer.start();
        }
        for (Thread producer : producers) {
            producer.join();
        }
        sender.join();
        int stamped = 0;
        for (Message message : all) {
            stamped += message.sentAt != 0 && message.batch > 0 ? 1 : 0;
        }
        System.out.println(stamped + " of " + all.size() + " sent in " + sender.batches + " batches, " + sender.sent);
    }
}
