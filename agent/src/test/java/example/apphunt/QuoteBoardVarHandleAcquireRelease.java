package example.apphunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A quote board: the feed thread builds each quote (a mutable object) and publishes it in the board's plain field
 * {@code latest} with {@code setRelease}; the display threads read it with {@code getAcquire} and read the quote's
 * fields. A progress counter is read and written in opaque mode (a hint for the displays' spinning only: no data is
 * read because of it); the end is told by a quote marked last.
 */
// weft: expect none
public final class QuoteBoardVarHandleAcquireRelease {

    static final class Quote {
        String symbol;
        long bid;
        long ask;
        boolean last;
    }

    private static final VarHandle LATEST;
    private static final VarHandle PROGRESS;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            LATEST = lookup.findVarHandle(QuoteBoardVarHandleAcquireRelease.class, "latest", Quote.class);
            PROGRESS = lookup.findVarHandle(QuoteBoardVarHandleAcquireRelease.class, "progress", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Quote latest;
    private volatile int progress;

    public static void main(String[] args) throws InterruptedException {
        QuoteBoardVarHandleAcquireRelease board = new QuoteBoardVarHandleAcquireRelease();
        Thread feed = new Thread(() -> {
            for (int i = 0; i < 3000; i++) {
                Quote quote = new Quote();
                quote.symbol = "SYM" + i % 13;
                quote.bid = 1000 + i;
                quote.ask = quote.bid + 2;
                quote.last = i == 2999;
                LATEST.setRelease(board, quote);
                PROGRESS.setOpaque(board, (int) PROGRESS.getOpaque(board) + 1);
            }
        }, "feed");
        long[] spreads = new long[2];
        Thread[] displays = new Thread[2];
        for (int d = 0; d < displays.length; d++) {
            int me = d;
            displays[d] = new Thread(() -> {
                while (true) {
                    Quote quote = (Quote) LATEST.getAcquire(board);
                    if (quote != null) {
                        spreads[me] += quote.ask - quote.bid + quote.symbol.length();
                        if (quote.last) {
                            return;
                        }
                    }
                    if ((int) PROGRESS.getOpaque(board) < 10) {
                        Thread.onSpinWait();
                    } else {
                        Thread.yield();
                    }
                }
            }, "display-" + d);
            displays[d].start();
        }
        feed.start();
        feed.join();
        for (Thread display : displays) {
            display.join();
        }
        System.out.println(spreads[0] + spreads[1] > 0);
    }
}
