package example.racehunt;

/** The twin of {@link DefaultSetterProgress}: the setter the default method calls is {@code synchronized}. */
// weft: expect none
public final class DefaultSetterProgressLocked {

    interface Progress {
        void setPercent(int percent);

        default void chunkSent(int sent, int total) {
            setPercent(100 * sent / total);
        }
    }

    static final class Upload implements Progress {
        private int percent;

        @Override
        public synchronized void setPercent(int percent) {
            this.percent = percent;
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
