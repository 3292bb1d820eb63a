package example.collections;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code record} is shallowly immutable: two sign-up threads add to the {@code ArrayList} component of one team record,
 * with no lock.
 */
// weft: expect race example.collections.TeamRecordMembersShared$Team.members threads=signup-1,signup-2 collection=java.util.ArrayList
public final class TeamRecordMembersShared {

    record Team(String name, List<String> members) {
        void join(String member) {
            members.add(member); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Team team = new Team("blue", new ArrayList<>());
        Threads.runAll(new String[] {"signup-1", "signup-2"}, () -> team.join("ann"), () -> team.join("bo"));
        System.out.println(team);
    }
}
