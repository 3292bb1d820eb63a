package example.apphunt;

/**
 * A backup job: a coordinator thread starts a verifier thread for each archive and, instead of a plain
 * {@code join()}, waits with {@code join(millis)} in a loop until {@code isAlive()} is false, then reads the
 * verifier's report (plain fields) and stores a summary in its own plain field, which {@code main} reads after
 * joining the coordinator.
 */
// weft: expect none
public final class BackupVerifierJoinAlive {

    static final class Verifier extends Thread {
        final String archive;
        int blocksChecked;
        int badBlocks;
        String verdict;

        Verifier(String archive) {
            super("verifier-" + archive);
            this.archive = archive;
        }

        @Override
        public void run() {
            for (int block = 0; block < 500; block++) {
                blocksChecked++;
                if ((block * 7 + archive.length()) % 97 == 0) {
                    badBlocks++;
                }
            }
            verdict = badBlocks == 0 ? "clean" : badBlocks + " bad";
        }
    }

    static final class Coordinator extends Thread {
        String summary = "";

        Coordinator() {
            super("coordinator");
        }

        @Override
        public void run() {
            for (String archive : new String[] {"mon", "tue", "wed"}) {
                Verifier verifier = new Verifier(archive);
                verifier.start();
                try {
                    do {
                        verifier.join(2);
                    } while (verifier.isAlive());
                } catch (InterruptedException e) {
                    return;
                }
                summary += archive + ":" + verifier.blocksChecked + "/" + verifier.verdict + " ";
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Coordinator coordinator = new Coordinator();
        coordinator.start();
        coordinator.join();
        System.out.println(coordinator.summary.trim());
    }
}
