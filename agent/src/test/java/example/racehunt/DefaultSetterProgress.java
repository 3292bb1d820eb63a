package example.racehunt;

/**
 * An upload reports its progress through an interface's default method, which calls the implementing class's plain
 * setter; the two chunk-sender threads of one upload both report, so the setter's field is written unordered.
 */
// weft: expect race example.racehunt.DefaultSetterProgress$Upload.percent threads=chunks-1,chunks-2
public final class DefaultSetterProgress {

    interface Progress {
        void setPercent(int percent);

        default void chunkSent(int sent, int total) {
            setPercent(100 * sent / total);
        }
    }

    static final class Upload implements Progress {
        private int percent;

        @Override
        public void setPercent(int percent) {
            this.percent = percent; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Upload upload = new Upload();
        Threads.runAll(new String[] {"chunks-1", "chunks-2"}, () -> {
            for (int i = 0; i < 200; i += 2) {
                upload.chunkSent(i, 200);
            }
        }, () -> {
            for (int i = 1; i < 200; i += 2) {
                upload.chunkSent(i, 200);
            }
        });
        System.out.println("done " + upload.percent);
    }
}
