package dev.weft.cli.control;

/**
 * A program that does nothing and ends normally; {@code fail} as its argument makes it throw instead, and
 * {@code failInThread} makes a thread of its own die of an exception while main ends normally; {@code readInput}
 * reads a byte of its standard input and prints it; {@code hang} sleeps for ever.
 */
public final class QuietMain {

    private QuietMain() { }

    public static void main(String[] args) throws InterruptedException, java.io.IOException {
        if (args.length > 0 && args[0].equals("fail")) {
            throw new IllegalStateException("invariant broken: balance -10");
        }
        if (args.length > 0 && args[0].equals("readInput")) {
            System.out.println("read " + System.in.read());
        }
        if (args.length > 0 && args[0].equals("hang")) {
            Thread.sleep(Long.MAX_VALUE);
        }
        if (args.length > 0 && args[0].equals("failInThread")) {
            Thread listener = new Thread(() -> {
                throw new NullPointerException("handler is null");
            }, "listener");
            listener.start();
            listener.join();
        }
    }
}
