package example.racehunt;

import java.util.function.IntSupplier;

/** A ticket dispenser hands out a lambda that captures {@code this}; two kiosks call it to number their tickets. */
// weft: expect race example.racehunt.CapturedThisLambda.nextTicket threads=kiosk-1,kiosk-2
public final class CapturedThisLambda {

    private int nextTicket = 1;

    IntSupplier dispenser() {
        return () -> nextTicket++; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        IntSupplier dispenser = new CapturedThisLambda().dispenser();
        Runnable kiosk = () -> {
            long sum = 0;
            for (int i = 0; i < 100; i++) {
                sum += dispenser.getAsInt();
            }
            System.out.println("tickets sum " + (sum > 0));
        };
        Threads.runAll(new String[] {"kiosk-1", "kiosk-2"}, kiosk, kiosk);
    }
}
