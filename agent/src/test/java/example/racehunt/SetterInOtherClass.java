package example.racehunt;

/** A controller sets the target temperature through another class's setter while a heater reads it through its getter. */
// weft: expect race example.racehunt.ThermostatSetting.target threads=controller,heater
public final class SetterInOtherClass {

    public static void main(String[] args) throws InterruptedException {
        ThermostatSetting setting = new ThermostatSetting();
        Threads.runAll(new String[] {"controller", "heater"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        setting.setTarget(18 + i % 5);
                    }
                },
                () -> {
                    int on = 0;
                    for (int i = 0; i < 100; i++) {
                        on += setting.getTarget() > 20 ? 1 : 0;
                    }
                    System.out.println("on " + on);
                });
    }
}

/** A thermostat's setting, with a plain getter and setter. */
final class ThermostatSetting {
    private int target = 20;

    int getTarget() {
        return target; // weft: race
    }

    void setTarget(int celsius) {
        target = celsius; // weft: race
    }
}
