package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * A photo pipeline of three stages, each an executor of its own: decoders (a fixed pool) hand each photo to resizers
 * (a {@code ForkJoinPool} given plain {@code Runnable}s) which hand it to a single-thread tagger. The pipeline shuts
 * down stage by stage, each stage's pool awaited before the next is shut down (a stage submits to the next until it
 * ends), then reads every photo.
 */
// weft: expect none
public final class PhotoPipelineStagedShutdown {

    static final class Photo {
        final String name;
        int[] pixels;
        int width;
        final List<String> tags = new ArrayList<>();

        Photo(String name) {
            this.name = name;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService decoders = Executors.newFixedThreadPool(2, new NamedThreads("decoder"));
        ForkJoinPool resizers = new ForkJoinPool(2);
        ExecutorService tagger = Executors.newSingleThreadExecutor(new NamedThreads("tagger"));
        List<Photo> photos = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Photo photo = new Photo("img-" + i);
            photos.add(photo);
            int size = 32 + i;
            decoders.execute(() -> {
                photo.pixels = new int[size];
                for (int p = 0; p < size; p++) {
                    photo.pixels[p] = p * 3;
                }
                resizers.execute(() -> {
                    photo.width = photo.pixels.length / 2;
                    tagger.execute(() -> photo.tags.add(photo.width > 20 ? "large" : "small"));
                });
            });
        }
        decoders.shutdown();
        decoders.awaitTermination(10, TimeUnit.SECONDS);
        resizers.shutdown();
        resizers.awaitTermination(10, TimeUnit.SECONDS);
        tagger.shutdown();
        tagger.awaitTermination(10, TimeUnit.SECONDS);
        int large = 0;
        long pixels = 0;
        for (Photo photo : photos) {
            large += photo.tags.contains("large") ? 1 : 0;
            pixels += photo.pixels.length + photo.width;
        }
        System.out.println(large + " large photos, " + pixels + " pixels");
    }
}
