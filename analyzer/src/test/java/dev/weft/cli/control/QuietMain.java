package dev.weft.cli.control;

/** A program that does nothing and ends normally; {@code fail} as its argument makes it throw instead. */
public final class QuietMain {

    private QuietMain() { }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("fail")) {
            throw new IllegalStateException("invariant broken: balance -10");
        }
    }
}
