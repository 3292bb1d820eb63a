package example.apphunt;

import java.nio.CharBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loader builds each shipping manifest in a {@code StringBuilder} and hands it to a checker through a blocking queue,
 * never touching it again; the checker reads it with {@code new String(builder)}, a {@code Pattern.matcher(builder)} and
 * {@code CharBuffer.wrap(builder).toString()}. The queue orders the building before the reading.
 */
// weft: expect none
public final class ManifestThroughQueue {

    private static final Pattern CRATE = Pattern.compile("crate-(\\d+)");

    public static void main(String[] args) throws Exception {
        BlockingQueue<StringBuilder> manifests = new ArrayBlockingQueue<>(4);
        Thread loader = new Thread(() -> {
            try {
                for (int ship = 0; ship < 20; ship++) {
                    StringBuilder manifest = new StringBuilder("ship-").append(ship);
                    for (int crate = 0; crate < 5; crate++) {
                        manifest.append(" crate-").append(ship * 10 + crate);
                    }
                    manifests.put(manifest);
                }
                manifests.put(new StringBuilder());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "loader");
        loader.start();
        int crates = 0;
        int characters = 0;
        for (StringBuilder manifest = manifests.take(); manifest.length() > 0; manifest = manifests.take()) {
            Matcher matcher = CRATE.matcher(manifest);
            while (matcher.find()) {
                crates++;
            }
            characters += new String(manifest).length() + CharBuffer.wrap(manifest).toString().length();
        }
        loader.join();
        System.out.println("crates: " + crates + ", characters: " + characters);
    }
}
