package example.collections;

import java.util.EnumSet;
import java.util.Set;

/**
 * Twin of {@code EnumSetPermissions}: the admin grants on a copy of the role's {@code EnumSet} and publishes the copy
 * through a {@code volatile} field; two requests read the published set at once. Correct: no finding.
 */
// weft: expect none
public final class EnumSetPermissionsCopied {

    enum Permission { READ, WRITE, DELETE }

    static final class Role {
        volatile Set<Permission> granted = EnumSet.of(Permission.READ);
    }

    public static void main(String[] args) throws InterruptedException {
        Role role = new Role();
        Runnable request = () -> System.out.println("may read " + role.granted.contains(Permission.READ));
        Threads.runAll(new String[] {"admin", "request-1", "request-2"},
                () -> {
                    EnumSet<Permission> copy = EnumSet.copyOf(role.granted);
                    copy.add(Permission.WRITE);
                    role.granted = copy;
                },
                request, request);
    }
}
