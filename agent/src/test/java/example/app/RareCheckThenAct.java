package example.app;

/**
 * A check-then-act whose race needs a rare interleaving: the reader, after a long piece of work, reads the
 * writer's draft itself when the writer has not published it yet. Normally the writer published long before:
 * the reader's check reads the volatile flag, which orders everything the writer did first, and it never
 * reads the draft. With a delay in milliseconds as argument the writer sleeps first, so that an ordinary run
 * shows the race (in a controlled run a sleep is only a yield).
 */
public final class RareCheckThenAct {
    static int draft;
    static volatile boolean published;
    static int result;

    /** The reader's own work: scheduling points on an object no other thread sees. */
    static final class Work {
        int done;

        void step() {
            done++;
        }
    }

    public static void main(String[] args) throws Exception {
        long delay = args.length > 0 ? Long.parseLong(args[0]) : 0;
        Thread writer = new Thread(() -> {
            if (delay > 0) {
                try { Thread.sleep(delay); } catch (InterruptedException e) { return; }
            }
            draft = 42;
            published = true;
        }, "writer");
        Thread reader = new Thread(() -> {
            Work work = new Work();
            for (int i = 0; i < 200; i++) {
                work.step();
            }
            result = published ? 42 : draft; // not published yet: it reads the draft itself
        }, "reader");
        writer.start();
        reader.start();
        writer.join();
        reader.join();
        System.out.println("result " + result);
    }
}
