package example.racehunt;

/**
 * A user profile handed out as snapshots made with {@code Object.clone()} (a field-by-field copy inside the
 * JVM) while the settings thread updates the original's fields, unlocked.
 */
// weft: expect race example.racehunt.ProfileSnapshotClone$Profile.timeoutSeconds threads=settings,snapshots
public final class ProfileSnapshotClone {

    static final class Profile implements Cloneable {
        int timeoutSeconds = 30;

        Profile snapshot() {
            try {
                return (Profile) clone(); // weft: race
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Profile profile = new Profile();
        Runnable settings = () -> {
            for (int i = 0; i < 200; i++) {
                profile.timeoutSeconds = 30 + i % 4; // weft: race
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
