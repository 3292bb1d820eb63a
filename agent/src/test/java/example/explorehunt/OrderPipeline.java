package example.explorehunt;

/**
 * Three services of different classes, each with {@code synchronized} methods that call the next one's: an
 * inventory reserving calls billing, billing calls shipping, shipping's recall calls the inventory. Three
 * threads, one entering at each service, close the cycle of three monitors.
 */
// weft: expect deadlock
public final class OrderPipeline {

    static final class Inventory {
        Billing billing;
        int reserved;

        synchronized void reserve() {
            reserved++;
            billing.charge();
        }

        synchronized void restock() {
            reserved--;
        }
    }

    static final class Billing {
        Shipping shipping;
        int charged;

        synchronized void charge() {
            charged++;
        }

        synchronized void invoice() {
            charged++;
            shipping.dispatch();
        }
    }

    static final class Shipping {
        Inventory inventory;
        int sent;

        synchronized void dispatch() {
            sent++;
        }

        synchronized void recall() {
            sent--;
            inventory.restock();
        }
    }

    /** With an argument, sleeps that many milliseconds: a plain run then rarely deadlocks, and predicts the cycle. */
    static void pause(String[] args) {
        if (args.length > 0) {
            try {
                Thread.sleep(Long.parseLong(args[0]));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Inventory inventory = new Inventory();
        Billing billing = new Billing();
        Shipping shipping = new Shipping();
        inventory.billing = billing;
        billing.shipping = shipping;
        shipping.inventory = inventory;
        Thread order = new Thread(inventory::reserve, "order");
        Thread invoice = new Thread(billing::invoice, "invoice");
        Thread recall = new Thread(() -> {
            pause(args);
            shipping.recall();
        }, "recall");
        order.start();
        invoice.start();
        recall.start();
        order.join();
        invoice.join();
        recall.join();
        System.out.println("done");
    }
}
