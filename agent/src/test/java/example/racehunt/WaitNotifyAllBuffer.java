package example.racehunt;

import java.util.ArrayDeque;

/** A bounded buffer of mutable messages with wait/notifyAll in condition loops, two producers and a consumer. */
// weft: expect none
public final class WaitNotifyAllBuffer {

    static final class Message {
        String body;
        int attempts;
    }

    private final ArrayDeque<Message> messages = new ArrayDeque<>();

    synchronized void put(Message message) throws InterruptedException {
        while (messages.size() == 2) {
            wait();
        }
        messages.add(message);
        notifyAll();
    }

    synchronized Message take() throws InterruptedException {
        while (messages.isEmpty()) {
            wait();
        }
        Message message = messages.poll();
        notifyAll();
        return message;
    }

    public static void main(String[] args) throws InterruptedException {
        WaitNotifyAllBuffer buffer = new WaitNotifyAllBuffer();
        Runnable producer = () -> {
            try {
                for (int i = 0; i < 20; i++) {
                    Message message = new Message();
                    message.body = Thread.currentThread().getName() + "-" + i;
                    message.attempts = 1;
                    buffer.put(message);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Runnable consumer = () -> {
            int chars = 0;
            try {
                for (int i = 0; i < 40; i++) {
                    Message message = buffer.take();
                    message.attempts++;
                    chars += message.body.length() + message.attempts;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("chars " + chars);
        };
        Threads.runAll(new String[] {"producer-1", "producer-2", "consumer"}, producer, producer, consumer);
    }
}
