package example.racehunt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * An order is serialized with {@code writeObject} while a support agent corrects the city of its shipping address, an
 * object the order refers to: serialization walks the order's graph and reads the address's fields too, with no lock.
 */
// weft: expect race example.racehunt.OrderSerializedAddressEdited$Address.city threads=support,archiver
public final class OrderSerializedAddressEdited {

    static final class Address implements Serializable {
        private static final long serialVersionUID = 1L;
        String street = "1 Main St";
        String city = "Springfeld";
    }

    static final class Order implements Serializable {
        private static final long serialVersionUID = 1L;
        final long id = 42;
        final Address shipTo = new Address();
    }

    static int archive(Order order) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(order); // weft: race
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.size();
    }

    public static void main(String[] args) throws InterruptedException {
        Order order = new Order();
        Threads.runAll(new String[] {"support", "archiver"}, () -> order.shipTo.city = "Springfield", // weft: race
                () -> System.out.println("archived " + archive(order) + " bytes"));
    }
}
