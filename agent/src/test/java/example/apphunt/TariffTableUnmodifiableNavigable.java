package example.apphunt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A shipping tariff table frozen before the pricing threads start: a {@code TreeMap} of weight bands to mutable
 * tariffs, and a {@code TreeSet} of zones ordered by a comparator reading their fields, handed out only as
 * {@code Collections.unmodifiableNavigableMap}, {@code unmodifiableNavigableSet}, {@code unmodifiableSortedMap}
 * and {@code unmodifiableCollection} views; the threads look prices up with {@code floorEntry}, {@code ceiling},
 * {@code headMap} and iteration.
 */
// weft: expect none
public final class TariffTableUnmodifiableNavigable {

    static final class Tariff {
        long baseCents;
        int perKgCents;
    }

    static final class Zone {
        String code;
        int distance;
    }

    public static void main(String[] args) throws InterruptedException {
        TreeMap<Integer, Tariff> bands = new TreeMap<>();
        for (int kg = 0; kg <= 30; kg += 5) {
            Tariff tariff = new Tariff();
            tariff.baseCents = 400 + kg * 20L;
            tariff.perKgCents = 90 - kg;
            bands.put(kg, tariff);
        }
        TreeSet<Zone> zones = new TreeSet<>(Comparator.comparingInt((Zone z) -> z.distance).thenComparing(z -> z.code));
        for (int z = 0; z < 6; z++) {
            Zone zone = new Zone();
            zone.code = "Z" + z;
            zone.distance = 100 * ((z * 7) % 6);
            zones.add(zone);
        }
        NavigableMap<Integer, Tariff> tariffs = Collections.unmodifiableNavigableMap(bands);
        NavigableSet<Zone> zoneView = Collections.unmodifiableNavigableSet(zones);
        SortedMap<Integer, Tariff> light = Collections.unmodifiableSortedMap(bands.headMap(10));
        Collection<Tariff> all = Collections.unmodifiableCollection(bands.values());
        List<Thread> pricers = new ArrayList<>();
        long[] totals = new long[3];
        for (int p = 0; p < totals.length; p++) {
            int me = p;
            Thread pricer = new Thread(() -> {
                Zone probe = new Zone();
                probe.code = "";
                for (int parcel = 0; parcel < 200; parcel++) {
                    int kg = (parcel * 3 + me) % 32;
                    Tariff tariff = tariffs.floorEntry(kg).getValue();
                    probe.distance = parcel % 600;
                    Zone zone = zoneView.ceiling(probe);
                    totals[me] += tariff.baseCents + (long) tariff.perKgCents * kg + (zone == null ? 0 : zone.distance);
                }
                for (Tariff tariff : light.values()) {
                    totals[me] += tariff.baseCents;
                }
                for (Tariff tariff : all) {
                    totals[me] -= tariff.perKgCents;
                }
                totals[me] += zoneView.first().code.length() + zoneView.descendingSet().first().distance;
            }, "pricer-" + p);
            pricers.add(pricer);
            pricer.start();
        }
        for (Thread pricer : pricers) {
            pricer.join();
        }
        System.out.println(totals[0] + totals[1] + totals[2]);
    }
}
