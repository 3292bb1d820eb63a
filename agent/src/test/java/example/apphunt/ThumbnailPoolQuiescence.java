package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;

/**
 * A photo library makes thumbnails on its own {@code ForkJoinPool}: one album's pages are {@code RecursiveAction}s
 * that fork a task per photo and end with {@code helpQuiesce()} instead of joining them; single photos are wrapped with
 * {@code ForkJoinTask.adapt} and {@code execute}d, and one of them waited for with {@code quietlyJoin}. The library then
 * waits for the pool with {@code awaitQuiescence} and reads every thumbnail.
 */
// weft: expect none
public final class ThumbnailPoolQuiescence {

    static final class Photo {
        final String name;
        int[] thumbnail;
        String madeBy;

        Photo(String name) {
            this.name = name;
        }

        void shrink() {
            thumbnail = new int[8];
            for (int i = 0; i < thumbnail.length; i++) {
                thumbnail[i] = name.hashCode() >>> i;
            }
            madeBy = Thread.currentThread().getName();
        }
    }

    static final class Page extends RecursiveAction {
        final List<Photo> photos;

        Page(List<Photo> photos) {
            this.photos = photos;
        }

        @Override
        protected void compute() {
            for (Photo photo : photos) {
                new RecursiveAction() {
                    @Override
                    protected void compute() {
                        photo.shrink();
                    }
                }.fork();
            }
            helpQuiesce();
        }
    }

    public static void main(String[] args) {
        ForkJoinPool pool = new ForkJoinPool(3);
        List<Photo> all = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            List<Photo> page = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                page.add(new Photo("album/page" + p + "/photo" + i + ".jpg"));
            }
            all.addAll(page);
            pool.execute(new Page(page));
        }
        List<ForkJoinTask<?>> singles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Photo photo = new Photo("inbox/photo" + i + ".jpg");
            all.add(photo);
            ForkJoinTask<?> task = ForkJoinTask.adapt(photo::shrink);
            singles.add(task);
            pool.execute(task);
        }
        singles.get(0).quietlyJoin();
        if (!pool.awaitQuiescence(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pool still busy");
        }
        long sum = 0;
        for (Photo photo : all) {
            sum += photo.thumbnail[7] + photo.madeBy.length();
        }
        pool.shutdown();
        System.out.println(all.size() + " thumbnails, " + sum);
    }
}
