package example.racehunt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * A backup thread serializes a user profile with {@code ObjectOutputStream.writeObject} while an editor changes its
 * e-mail: serialization reads the profile's fields by reflection inside the JDK, with no lock.
 */
// weft: expect race example.racehunt.ProfileSerializedWhileEdited$Profile.email threads=editor,backup
public final class ProfileSerializedWhileEdited {

    static final class Profile implements Serializable {
        private static final long serialVersionUID = 1L;
        String name = "ann";
        String email = "ann@old.example";
        transient int views;
    }

    static int backup(Profile profile) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(profile); // weft: race
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.size();
    }

    public static void main(String[] args) throws InterruptedException {
        Profile profile = new Profile();
        Threads.runAll(new String[] {"editor", "backup"}, () -> profile.email = "ann@new.example", // weft: race
                () -> System.out.println("backed up " + backup(profile) + " bytes"));
    }
}
