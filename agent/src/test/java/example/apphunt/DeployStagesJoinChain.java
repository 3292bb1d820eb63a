package example.apphunt;

import java.util.ArrayList;
import java.util.List;

/**
 * A deployment of three stages, each a thread that starts the next stage's thread and joins it before it finishes
 * (build starts test, test starts release): every stage writes its part of a plain deployment record, and
 * {@code main} joins only the build thread, then reads all of it; the join edges chain transitively.
 */
// weft: expect none
public final class DeployStagesJoinChain {

    static final class Deployment {
        final List<String> artifacts = new ArrayList<>();
        int testsPassed;
        String releaseTag;
        long buildMillis;
    }

    static Thread stage(String name, Deployment deployment, Runnable work, Thread next) {
        return new Thread(() -> {
            work.run();
            if (next != null) {
                next.start();
                try {
                    next.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, name);
    }

    public static void main(String[] args) throws InterruptedException {
        long total = 0;
        for (int round = 0; round < 10; round++) {
            Deployment deployment = new Deployment();
            int r = round;
            Thread release = stage("release-" + r, deployment, () -> deployment.releaseTag = "v1." + r + "+" + deployment.testsPassed, null);
            Thread test = stage("test-" + r, deployment, () -> deployment.testsPassed = deployment.artifacts.size() * 40, release);
            Thread build = stage("build-" + r, deployment, () -> {
                deployment.artifacts.add("app.jar");
                deployment.artifacts.add("app-sources.jar");
                deployment.buildMillis = 1200 + r;
            }, test);
            build.start();
            build.join();
            total += deployment.releaseTag.length() + deployment.testsPassed + deployment.buildMillis;
        }
        System.out.println(total);
    }
}
