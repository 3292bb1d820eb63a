package example.apphunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An API gateway's quota ledger: request threads take tokens with {@code AtomicLong.getAndUpdate} (never below zero)
 * and record the last caller's request in a plain slot published with {@code setRelease} on a {@code VarHandle}; a
 * reporter reads the slot with {@code getAcquire} and then the plain fields it points to; a refiller resets the window
 * with {@code compareAndExchange} and its own plain notes, which it publishes with {@code getAndSet}. The main thread
 * joins all and reads everything.
 */
// weft: expect none
public final class QuotaLedgerVarHandleModes {

    static final class Request {
        final String caller;
        long tokens;
        String route;

        Request(String caller) {
            this.caller = caller;
        }
    }

    static final class Window {
        int refills;
        String note;
    }

    static final VarHandle LAST;
    static final VarHandle WINDOW;

    static {
        try {
            LAST = MethodHandles.lookup().findVarHandle(QuotaLedgerVarHandleModes.class, "last", Request.class);
            WINDOW = MethodHandles.lookup().findVarHandle(QuotaLedgerVarHandleModes.class, "window", Window.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Request last;
    private Window window = new Window();
    private final AtomicLong tokens = new AtomicLong(1_000);

    public static void main(String[] args) throws Exception {
        QuotaLedgerVarHandleModes ledger = new QuotaLedgerVarHandleModes();
        Thread[] callers = new Thread[3];
        for (int c = 0; c < callers.length; c++) {
            String caller = "tenant-" + c;
            callers[c] = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    long before = ledger.tokens.getAndUpdate(t -> t > 0 ? t - 1 : 0);
                    Request request = new Request(caller);
                    request.tokens = before;
                    request.route = "/v1/items/" + i % 9;
                    LAST.setRelease(ledger, request);
                }
            }, caller);
        }
        Thread reporter = new Thread(() -> {
            long seen = 0;
            for (int i = 0; i < 500; i++) {
                Request request = (Request) LAST.getAcquire(ledger);
                if (request != null) {
                    seen += request.tokens + request.route.length() + request.caller.length();
                }
                Window current = (Window) WINDOW.getAcquire(ledger);
                seen += current.refills + (current.note == null ? 0 : current.note.length());
            }
            System.out.println("reporter saw " + seen);
        }, "reporter");
        Thread refiller = new Thread(() -> {
            for (int round = 1; round <= 20; round++) {
                Window next = new Window();
                next.refills = round;
                next.note = "refill " + round;
                Window previous = (Window) WINDOW.getAndSet(ledger, next);
                if (previous.refills != round - 1) {
                    throw new IllegalStateException("window " + previous.refills);
                }
                ledger.tokens.compareAndExchange(0, 100);
                Thread.yield();
            }
        }, "refiller");
        for (Thread caller : callers) {
            caller.start();
        }
        reporter.start();
        refiller.start();
        for (Thread caller : callers) {
            caller.join();
        }
        reporter.join();
        refiller.join();
        Request request = (Request) LAST.get(ledger);
        System.out.println(ledger.tokens.get() + " tokens left; last " + request.caller + " " + request.route + " "
                + ledger.window.refills + " " + ledger.window.note);
    }
}
