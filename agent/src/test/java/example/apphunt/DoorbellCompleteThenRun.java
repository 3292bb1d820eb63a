package example.apphunt;

import java.util.concurrent.CompletableFuture;

/**
 * A smart doorbell: a setup thread registers {@code thenRun} and {@code thenAccept} actions on a visit future before
 * anyone rings; the camera thread writes the snapshot (plain fields) and completes the future; the actions, run by
 * whichever thread completes or registers last, read the snapshot and write the notification, which {@code main}
 * reads after joining the dependent stage.
 */
// weft: expect none
public final class DoorbellCompleteThenRun {

    static final class Snapshot {
        String visitor;
        int frames;
        String notification;
        boolean logged;
    }

    public static void main(String[] args) throws Exception {
        for (int ring = 0; ring < 10; ring++) {
            Snapshot snapshot = new Snapshot();
            CompletableFuture<Snapshot> visit = new CompletableFuture<>();
            CompletableFuture<?>[] reactions = new CompletableFuture<?>[2];
            Thread setup = new Thread(() -> {
                reactions[0] = visit.thenAccept(s -> s.notification = s.visitor + " at the door (" + s.frames + " frames)");
                reactions[1] = visit.thenRun(() -> snapshot.logged = snapshot.frames > 0);
            }, "setup");
            int visitor = ring;
            Thread camera = new Thread(() -> {
                snapshot.visitor = "visitor-" + visitor;
                snapshot.frames = 24 + visitor;
                visit.complete(snapshot);
            }, "camera");
            setup.start();
            camera.start();
            setup.join();
            camera.join();
            CompletableFuture.allOf(reactions).join();
            if (snapshot.notification == null || !snapshot.logged) {
                throw new IllegalStateException("doorbell missed ring " + ring);
            }
        }
        System.out.println("10 rings notified");
    }
}
