package example.racehunt;

/**
 * A loader writes a rate limit once, then indexes a million documents (a million other fields written); an
 * auditor, which indexed its own million meanwhile, reads the limit at the end, with nothing ordering them.
 */
// weft: expect race example.racehunt.LongAgoLimit$Config.limit threads=loader,auditor
public final class LongAgoLimit {

    static final class Config {
        int limit;
    }

    static final class Document {
        int words;
    }

    static long index(int count) {
        Document[] documents = new Document[count];
        long words = 0;
        for (int i = 0; i < count; i++) {
            documents[i] = new Document();
            documents[i].words = i % 97;
        }
        for (Document document : documents) {
            words += document.words;
        }
        return words;
    }

    public static void main(String[] args) throws InterruptedException {
        Config config = new Config();
        long[] words = new long[2];
        Threads.runAll(new String[] {"loader", "auditor"},
                () -> {
                    config.limit = 500; // weft: race
                    words[0] = index(1_000_000);
                },
                () -> {
                    words[1] = index(1_000_000);
                    System.out.println("limit " + config.limit); // weft: race
                });
        System.out.println("words " + (words[0] + words[1]));
    }
}
