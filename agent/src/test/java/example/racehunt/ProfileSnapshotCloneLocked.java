package example.racehunt;

/** The twin of {@code ProfileSnapshotClone}: snapshots and updates hold the profile's lock. */
// weft: expect none
public final class ProfileSnapshotCloneLocked {

    static final class Profile implements Cloneable {
        int timeoutSeconds = 30;

        synchronized Profile snapshot() {
            try {
                return (Profile) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Profile profile = new Profile();
        Runnable settings = () -> {
            for (int i = 0; i < 200; i++) {
                synchronized (profile) {
                    profile.timeoutSeconds = 30 + i % 4;
                }
            }
        };
        long[] sum = new long[1];
        Runnable snapshots = () -> {
            for (int i = 0; i < 200; i++) {
                sum[0] += profile.snapshot().timeoutSeconds;
            }
        };
        Threads.runAll(new String[] {"settings", "snapshots"}, settings, snapshots);
        System.out.println("sum " + sum[0]);
    }
}
