package example.apphunt;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;

/**
 * A meeting-room desk keeps free slots in a {@code ConcurrentSkipListMap} from start minute to a mutable slot
 * object, filled before it is put. Bookers look for the first slot at or after a wanted time with
 * {@code ceilingEntry} and claim it with {@code remove(key, value)}, which only one booker wins; the winner then
 * owns the slot and writes its booking into it. The janitor, after all bookers are done, takes the rest out with
 * {@code pollFirstEntry}.
 */
// weft: expect none
public final class RoomBookingSkipListCeiling {

    static final class Slot {
        final int start;
        String room;
        String bookedBy;

        Slot(int start) {
            this.start = start;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentSkipListMap<Integer, Slot> free = new ConcurrentSkipListMap<>();
        ConcurrentSkipListMap<Integer, Slot> booked = new ConcurrentSkipListMap<>();
        CountDownLatch bookersDone = new CountDownLatch(3);
        Thread opener = new Thread(() -> {
            for (int minute = 0; minute < 600; minute += 15) {
                Slot slot = new Slot(minute);
                slot.room = "room-" + minute % 4;
                free.put(minute, slot);
            }
        }, "opener");
        opener.start();
        opener.join();
        for (int b = 0; b < 3; b++) {
            String name = "booker-" + b;
            int offset = b * 7;
            new Thread(() -> {
                for (int want = offset; want < 600; want += 40) {
                    Map.Entry<Integer, Slot> entry = free.ceilingEntry(want);
                    if (entry != null && free.remove(entry.getKey(), entry.getValue())) {
                        Slot slot = entry.getValue();
                        slot.bookedBy = name;
                        booked.put(slot.start, slot);
                    }
                }
                bookersDone.countDown();
            }, name).start();
        }
        bookersDone.await();
        int closed = 0;
        for (Map.Entry<Integer, Slot> entry = free.pollFirstEntry(); entry != null; entry = free.pollFirstEntry()) {
            entry.getValue().bookedBy = "closed";
            closed += entry.getValue().room.length();
        }
        int named = 0;
        for (Slot slot : booked.values()) {
            named += slot.bookedBy.length() + slot.room.length();
        }
        System.out.println(booked.size() + " booked, " + named + " / " + closed);
    }
}
