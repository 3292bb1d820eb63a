package example.apphunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A dispatcher hands orders to couriers through slots of an array accessed by an {@code arrayElementVarHandle}: it
 * fills an order (plain fields) and publishes it with {@code setRelease}; a courier claims a full slot with
 * {@code compareAndExchangeAcquire}, delivers (writes the order) and returns the slot's order to the dispatcher by
 * {@code getAndSetRelease} into a second array, which the dispatcher reads with {@code getAcquire}.
 */
// weft: expect none
public final class WorkSlotsArrayHandleExchange {

    static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Order[].class);

    static final class Order {
        String address;
        int parcels;
        String courier;
    }

    public static void main(String[] args) throws Exception {
        int count = 30;
        Order[] outbound = new Order[count];
        Order[] delivered = new Order[count];
        Thread[] couriers = new Thread[2];
        for (int c = 0; c < couriers.length; c++) {
            String name = "courier-" + c;
            couriers[c] = new Thread(() -> {
                for (int done = 0; done < count; ) {
                    for (int s = 0; s < count; s++) {
                        Order order = (Order) SLOT.getAcquire(outbound, s);
                        if (order != null && (Order) SLOT.compareAndExchangeAcquire(outbound, s, order, (Order) null) == order) {
                            order.courier = name;
                            SLOT.getAndSetRelease(delivered, s, order);
                        }
                        done += SLOT.getAcquire(delivered, s) != null ? 1 : 0;
                    }
                    if (done < count) {
                        done = 0;
                    }
                }
            }, name);
            couriers[c].start();
        }
        for (int s = 0; s < count; s++) {
            Order order = new Order();
            order.address = s + " Mill Lane";
            order.parcels = 1 + s % 3;
            SLOT.setRelease(outbound, s, order);
        }
        int parcels = 0;
        for (int s = 0; s < count; s++) {
            Order order;
            while ((order = (Order) SLOT.getAcquire(delivered, s)) == null) {
                Thread.onSpinWait();
            }
            parcels += order.parcels + order.courier.length() + order.address.length();
        }
        for (Thread courier : couriers) {
            courier.join();
        }
        System.out.println("delivered " + parcels);
    }
}
