package example.apphunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A chat server passes messages between a network thread and a UI thread through a one-slot mailbox: the sender
 * fills a message and stores it with {@code setRelease}; the receiver spins on {@code getAcquire} until it sees it,
 * then reads its fields and empties the slot with {@code setRelease(null)} before the sender reuses it.
 */
// weft: expect none
public final class MailboxSlot {

    static final class Message {
        String from;
        String text;
        int sequence;
    }

    private Message slot;
    private static final VarHandle SLOT;

    static {
        try {
            SLOT = MethodHandles.lookup().findVarHandle(MailboxSlot.class, "slot", Message.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static void main(String[] args) throws Exception {
        MailboxSlot mailbox = new MailboxSlot();
        StringBuilder shown = new StringBuilder();
        Thread ui = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                Message message;
                while ((message = (Message) SLOT.getAcquire(mailbox)) == null) {
                    Thread.onSpinWait();
                }
                shown.append(message.sequence).append(':').append(message.from).append(' ').append(message.text).append('\n');
                SLOT.setRelease(mailbox, (Message) null);
            }
        }, "ui");
        ui.start();
        for (int i = 0; i < 5; i++) {
            while (SLOT.getAcquire(mailbox) != null) {
                Thread.yield();
            }
            Message message = new Message();
            message.from = "bob";
            message.text = "hello " + i;
            message.sequence = i;
            SLOT.setRelease(mailbox, message);
        }
        ui.join();
        System.out.print(shown);
    }
}
