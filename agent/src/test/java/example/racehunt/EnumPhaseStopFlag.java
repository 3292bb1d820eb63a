package example.racehunt;

/** A pump polls a plain enum phase in a switch; the controller stops it by writing the phase with no fence. */
// weft: expect race example.racehunt.EnumPhaseStopFlag$Pump.phase threads=pump,controller
public final class EnumPhaseStopFlag {

    enum Phase { RUNNING, DRAINING, STOPPED }

    static final class Pump {
        Phase phase = Phase.RUNNING;
        long pumped;

        void run() {
            while (true) {
                switch (phase) { // weft: race
                    case RUNNING -> pumped++;
                    case DRAINING, STOPPED -> {
                        return;
                    }
                }
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Pump pump = new Pump();
        Threads.runAll(new String[] {"pump", "controller"}, pump::run, () -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pump.phase = Phase.STOPPED; // weft: race
        });
        System.out.println("pumped " + (pump.pumped > 0));
    }
}
