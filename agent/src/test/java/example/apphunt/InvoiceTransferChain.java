package example.apphunt;

import java.util.concurrent.LinkedTransferQueue;

/**
 * An invoicing chain of three stages connected by {@code LinkedTransferQueue}s: the intake {@code transfer}s each
 * draft (blocking until the pricer has taken it), the pricer fills in amounts and {@code transfer}s it to the
 * printer, who renders it; each stage touches a draft only between its take and its transfer. A draft marked last
 * ends each stage.
 */
// weft: expect none
public final class InvoiceTransferChain {

    static final class Draft {
        final int number;
        boolean last;
        long net;
        long gross;
        String rendered;

        Draft(int number) {
            this.number = number;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LinkedTransferQueue<Draft> toPricer = new LinkedTransferQueue<>();
        LinkedTransferQueue<Draft> toPrinter = new LinkedTransferQueue<>();
        long[] printed = new long[1];
        Thread pricer = new Thread(() -> {
            try {
                while (true) {
                    Draft draft = toPricer.take();
                    draft.net = draft.number * 100L;
                    draft.gross = draft.net * 119 / 100;
                    toPrinter.transfer(draft);
                    if (draft.last) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pricer");
        Thread printer = new Thread(() -> {
            try {
                while (true) {
                    Draft draft = toPrinter.take();
                    draft.rendered = "INV-" + draft.number + " " + draft.gross;
                    printed[0] += draft.rendered.length();
                    if (draft.last) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "printer");
        printer.start();
        pricer.start();
        Draft[] drafts = new Draft[120];
        for (int i = 0; i < drafts.length; i++) {
            drafts[i] = new Draft(i);
            drafts[i].last = i == drafts.length - 1;
            toPricer.transfer(drafts[i]);
        }
        printer.join();
        long gross = 0;
        for (Draft draft : drafts) {
            gross += draft.gross + draft.rendered.length();
        }
        System.out.println(gross + " " + printed[0]);
    }
}
