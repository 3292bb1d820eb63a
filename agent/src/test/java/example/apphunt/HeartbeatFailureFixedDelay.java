package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A cluster agent sends heartbeats with {@code scheduleWithFixedDelay}; each run appends to the agent's plain beat
 * log and, after the fifth, the peer is declared gone and the run throws, which ends the schedule. The agent waits with
 * {@code get()} on the heartbeat's future, catches the {@code ExecutionException}, and reads the log and the state
 * every run wrote.
 */
// weft: expect none
public final class HeartbeatFailureFixedDelay {

    static final class PeerGone extends RuntimeException {
        PeerGone(String message) {
            super(message);
        }
    }

    static final class Beats {
        final List<Long> sentAt = new ArrayList<>();
        int missed;
        String lastPeerState;
    }

    public static void main(String[] args) throws Exception {
        ScheduledExecutorService timer = new ScheduledThreadPoolExecutor(2, new NamedThreads("heartbeat"));
        Beats beats = new Beats();
        ScheduledFuture<?> heartbeat = timer.scheduleWithFixedDelay(() -> {
            beats.sentAt.add((long) beats.sentAt.size());
            beats.lastPeerState = beats.sentAt.size() > 2 ? "silent" : "alive";
            if (beats.lastPeerState.equals("silent")) {
                beats.missed++;
            }
            if (beats.missed == 3) {
                throw new PeerGone("peer missed " + beats.missed + " beats");
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        String reason;
        try {
            heartbeat.get();
            reason = "never";
        } catch (ExecutionException e) {
            reason = e.getCause().getMessage();
        }
        timer.shutdown();
        System.out.println(reason + ": " + beats.sentAt.size() + " beats, " + beats.missed + " missed, " + beats.lastPeerState);
    }
}
