package example.apphunt;

/**
 * A command-line uploader sleeps in its main thread until the upload thread interrupts it: the uploader writes its
 * receipt (plain fields), then calls {@code main.interrupt()}; main wakes in its {@code InterruptedException} handler
 * (or finds the interrupt already set when its sleep begins) and prints the receipt. A second upload is waited for by
 * polling {@code Thread.interrupted()}.
 */
// weft: expect none
public final class UploadDoneInterruptsMain {

    static final class Receipt {
        String location;
        long bytes;
        int parts;
    }

    static Thread uploader(Receipt receipt, Thread waiting, String name, int parts) {
        return new Thread(() -> {
            for (int part = 0; part < parts; part++) {
                receipt.bytes += 5L * 1024 * 1024 + part;
                receipt.parts++;
            }
            receipt.location = "s3://backups/" + name;
            waiting.interrupt();
        }, "upload-" + name);
    }

    public static void main(String[] args) {
        Thread main = Thread.currentThread();
        Receipt first = new Receipt();
        uploader(first, main, "photos", 40).start();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                break;
            }
        }
        System.out.println(first.location + ": " + first.parts + " parts, " + first.bytes + " bytes");
        Receipt second = new Receipt();
        uploader(second, main, "music", 25).start();
        while (!Thread.interrupted()) {
            Thread.onSpinWait();
        }
        System.out.println(second.location + ": " + second.parts + " parts, " + second.bytes + " bytes");
    }
}
