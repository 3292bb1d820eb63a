package example.apphunt;

/**
 * A cluster's leader election: candidate threads register their votes in plain fields inside a monitor; the
 * last voter counts them, writes the result and calls {@code notifyAll}; each candidate that waited reads the result,
 * and the leader then publishes its term's configuration (plain fields) through a {@code volatile} flag that followers
 * spin on before reading it.
 */
// weft: expect none
public final class LeaderElectionWaitNotifyThenVolatile {

    static final class Election {
        final int[] votes = new int[4];
        int voted;
        int leader = -1;
        String termConfig;
        int heartbeatMillis;
        volatile boolean configured;
    }

    public static void main(String[] args) throws Exception {
        Election election = new Election();
        Thread[] candidates = new Thread[4];
        String[] roles = new String[4];
        for (int c = 0; c < candidates.length; c++) {
            int me = c;
            candidates[c] = new Thread(() -> {
                int leader;
                synchronized (election) {
                    election.votes[(me * 3 + 1) % 4]++;
                    election.voted++;
                    if (election.voted == 4) {
                        int best = 0;
                        for (int i = 1; i < 4; i++) {
                            best = election.votes[i] > election.votes[best] ? i : best;
                        }
                        election.leader = best;
                        election.notifyAll();
                    }
                    while (election.leader < 0) {
                        try {
                            election.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    leader = election.leader;
                }
                if (leader == me) {
                    election.termConfig = "term-1 led by node-" + me;
                    election.heartbeatMillis = 150;
                    election.configured = true;
                    roles[me] = "leader";
                } else {
                    while (!election.configured) {
                        Thread.onSpinWait();
                    }
                    roles[me] = "follower of " + election.termConfig + " every " + election.heartbeatMillis + " ms";
                }
            }, "node-" + c);
            candidates[c].start();
        }
        for (Thread candidate : candidates) {
            candidate.join();
        }
        System.out.println(String.join("; ", roles));
    }
}
