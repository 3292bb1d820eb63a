package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The twin of {@link TeamRecordMembersShared}: the record's list is a {@code Collections.synchronizedList}. */
// weft: expect none
public final class TeamRecordMembersSynchronized {

    record Team(String name, List<String> members) {
        void join(String member) {
            members.add(member);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Team team = new Team("blue", Collections.synchronizedList(new ArrayList<>()));
        Threads.runAll(new String[] {"signup-1", "signup-2"}, () -> team.join("ann"), () -> team.join("bo"));
        System.out.println(team);
    }
}
