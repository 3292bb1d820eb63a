package example.apphunt;

import java.util.concurrent.SynchronousQueue;

/**
 * A thumbnail chain of hand-offs without buffers: a loader, a scaler and a watermarker connected by
 * {@code SynchronousQueue}s, each passing the same mutable image object on with {@code put} once it is done with
 * it; the last stage hands the finished image back to {@code main} through a third {@code SynchronousQueue}.
 */
// weft: expect none
public final class ThumbnailSynchronousChain {

    static final class Image {
        final int id;
        int[] pixels;
        int width;
        String mark;

        Image(int id) {
            this.id = id;
        }
    }

    static Thread stage(String name, SynchronousQueue<Image> in, SynchronousQueue<Image> out, java.util.function.Consumer<Image> work) {
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    Image image = in.take();
                    if (image.id >= 0) {
                        work.accept(image);
                    }
                    out.put(image);
                    if (image.id < 0) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.start();
        return thread;
    }

    public static void main(String[] args) throws InterruptedException {
        SynchronousQueue<Image> loaded = new SynchronousQueue<>();
        SynchronousQueue<Image> scaled = new SynchronousQueue<>();
        SynchronousQueue<Image> marked = new SynchronousQueue<>();
        SynchronousQueue<Image> done = new SynchronousQueue<>();
        stage("scaler", loaded, scaled, image -> {
            int[] half = new int[image.pixels.length / 2];
            for (int i = 0; i < half.length; i++) {
                half[i] = image.pixels[2 * i];
            }
            image.pixels = half;
            image.width /= 2;
        });
        stage("watermarker", scaled, marked, image -> {
            image.mark = "(c) shop " + image.id;
            image.pixels[0] = image.mark.length();
        });
        stage("finisher", marked, done, image -> image.pixels[image.pixels.length - 1] = image.width);
        Thread loader = new Thread(() -> {
            try {
                for (int id = 0; id < 50; id++) {
                    Image image = new Image(id);
                    image.width = 64;
                    image.pixels = new int[64 * 4];
                    java.util.Arrays.fill(image.pixels, id);
                    loaded.put(image);
                }
                loaded.put(new Image(-1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "loader");
        loader.start();
        long checksum = 0;
        for (Image image = done.take(); image.id >= 0; image = done.take()) {
            checksum += image.pixels[0] + image.pixels[image.pixels.length - 1] + image.width + image.mark.length();
        }
        System.out.println(checksum);
    }
}
