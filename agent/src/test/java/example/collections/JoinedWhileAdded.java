package example.collections;

import java.util.ArrayList;
import java.util.List;

/**
 * A status thread prints the members of a group with {@code String.join} while a registrar adds members:
 * the join reads the list inside the JDK.
 */
// weft: expect race example.collections.JoinedWhileAdded.members threads=status,registrar collection=java.util.ArrayList
public final class JoinedWhileAdded {

    static final List<String> members = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        members.add("founder");
        Runnable registrar = () -> {
            for (int i = 0; i < 50; i++) {
                members.add("member" + i); // weft: race
            }
        };
        Runnable status = () -> {
            int length = 0;
            for (int i = 0; i < 20; i++) {
                try {
                    length += String.join(", ", members).length(); // weft: race
                } catch (RuntimeException concurrentlyModified) {
                    length--;
                }
            }
            System.out.println("status length " + length);
        };
        Threads.runAll(new String[] {"registrar", "status"}, registrar, status);
    }
}
