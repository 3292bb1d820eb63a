package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A geocoder asks three mirror services for an address with {@code invokeAny} and takes whichever answers first; the
 * mirrors that fail throw, the winner returns a location object it built (plain fields). A mirror left running after
 * the winner only touches its own objects. The caller reads the location after {@code invokeAny} returns, for ten
 * addresses.
 */
// weft: expect none
public final class GeocoderInvokeAny {

    static final class Location {
        String address;
        double latitude;
        double longitude;
        String source;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService mirrors = Executors.newFixedThreadPool(3, new NamedThreads("mirror"));
        double sum = 0;
        for (int a = 0; a < 10; a++) {
            String address = a + " Harbour Street";
            int failing = a % 3;
            List<Callable<Location>> lookups = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                int mirror = m;
                lookups.add(() -> {
                    if (mirror == failing) {
                        throw new IllegalStateException("mirror " + mirror + " down");
                    }
                    Location location = new Location();
                    location.address = address;
                    location.latitude = 51.0 + address.hashCode() % 100 / 1000.0;
                    location.longitude = -0.1 - mirror / 1000.0;
                    location.source = "mirror-" + mirror;
                    return location;
                });
            }
            Location found = mirrors.invokeAny(lookups, 10, TimeUnit.SECONDS);
            if (!found.address.equals(address) || found.source.equals("mirror-" + failing)) {
                throw new IllegalStateException("wrong answer " + found.source);
            }
            sum += found.latitude + found.longitude;
        }
        mirrors.shutdown();
        System.out.println("geocoded 10, checksum " + (sum != 0));
    }
}
