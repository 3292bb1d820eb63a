package example.collections;

import java.util.EnumSet;
import java.util.Set;

/** An admin grants a permission in a role's {@code EnumSet} while a request checks the role's permissions. */
// weft: expect race example.collections.EnumSetPermissions$Role.granted threads=admin,request collection=java.util.RegularEnumSet
public final class EnumSetPermissions {

    enum Permission { READ, WRITE, DELETE }

    static final class Role {
        final Set<Permission> granted = EnumSet.of(Permission.READ);
    }

    public static void main(String[] args) throws InterruptedException {
        Role role = new Role();
        Threads.runAll(new String[] {"admin", "request"},
                () -> role.granted.add(Permission.WRITE), // weft: race
                () -> System.out.println("may write " + role.granted.contains(Permission.WRITE))); // weft: race
    }
}
