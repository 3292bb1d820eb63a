package example.racehunt;

/** A Thread subclass gets its job in the constructor and leaves its outcome in a field main reads after join. */
// weft: expect none
public final class ThreadSubclassFields {

    static final class Downloader extends Thread {
        private final String url;
        private int[] chunks;
        private long bytes;

        Downloader(String url) {
            super("downloader-" + url.length());
            this.url = url;
            this.chunks = new int[4];
        }

        @Override
        public void run() {
            for (int i = 0; i < chunks.length; i++) {
                chunks[i] = url.length() * (i + 1);
                bytes += chunks[i];
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Downloader a = new Downloader("https://a.example");
        Downloader b = new Downloader("https://bb.example");
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("bytes " + (a.bytes + b.bytes) + " last chunk " + a.chunks[3]);
    }
}
