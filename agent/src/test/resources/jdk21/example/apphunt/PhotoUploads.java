package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A photo service uploads an album with one virtual thread per photo ({@code newVirtualThreadPerTaskExecutor} in a
 * try-with-resources block): each task fills its photo's fields; the service reads them after {@code close()} returns,
 * and through each future's {@code resultNow()}.
 */
// weft: expect none
public final class PhotoUploads {

    static final class Photo {
        final String name;
        String url;
        int kilobytes;

        Photo(String name) {
            this.name = name;
        }
    }

    public static void main(String[] args) {
        List<Photo> album = new ArrayList<>();
        List<Future<Photo>> uploads = new ArrayList<>();
        String bucket = "album-" + args.length;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 10; i++) {
                Photo photo = new Photo("img" + i + ".jpg");
                album.add(photo);
                uploads.add(executor.submit(() -> {
                    photo.kilobytes = 200 + photo.name.length();
                    photo.url = "https://cdn/" + bucket + "/" + photo.name;
                    return photo;
                }));
            }
        }
        int kilobytes = 0;
        for (Photo photo : album) {
            kilobytes += photo.kilobytes + (photo.url == null ? 1 : 0);
        }
        for (Future<Photo> upload : uploads) {
            kilobytes += upload.resultNow().kilobytes;
        }
        System.out.println(kilobytes + " kB");
    }
}
