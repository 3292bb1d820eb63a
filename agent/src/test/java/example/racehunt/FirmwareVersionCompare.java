package example.racehunt;

import java.util.Arrays;

/** A checker compares a device's firmware version with the required one with {@code Arrays.compare} while an upgrader bumps its patch number. */
// weft: expect race int[] threads=checker,upgrader
public final class FirmwareVersionCompare {

    public static void main(String[] args) throws InterruptedException {
        int[] required = {1, 4, 2};
        int[] installed = {1, 4, 2};
        Threads.runAll(new String[] {"upgrader", "checker"},
                () -> installed[2] = 3, // weft: race
                () -> System.out.println("up to date " + (Arrays.compare(installed, required) >= 0))); // weft: race
    }
}
