package example.racehunt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * The twin of {@link ProfileSerializedWhileEdited}: the edit and the serialization hold the profile's monitor; a
 * transient view count another thread bumps with no lock is not read by serialization, and a class with its own
 * {@code writeObject} reads its fields under its own lock.
 */
// weft: expect none
public final class ProfileSerializedLocked {

    static final class Profile implements Serializable {
        private static final long serialVersionUID = 1L;
        String name = "ann";
        String email = "ann@old.example";
        transient int views;
    }

    static final class Settings implements Serializable {
        private static final long serialVersionUID = 1L;
        String theme = "light";

        synchronized void theme(String theme) {
            this.theme = theme;
        }

        private synchronized void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
        }
    }

    static int backup(Object object) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            synchronized (object) {
                out.writeObject(object);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.size();
    }

    static int backupUnlocked(Settings settings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(settings);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.size();
    }

    public static void main(String[] args) throws InterruptedException {
        Profile profile = new Profile();
        Settings settings = new Settings();
        Threads.runAll(new String[] {"editor", "backup", "viewer"}, () -> {
            synchronized (profile) {
                profile.email = "ann@new.example";
            }
            settings.theme("dark");
        }, () -> System.out.println("backed up " + backup(profile) + " and " + backupUnlocked(settings) + " bytes"),
                () -> profile.views++);
    }
}
