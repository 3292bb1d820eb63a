package example.apphunt;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * A club's roster is a random-access list of its own ({@code AbstractList}) used through {@code List} and
 * {@code Collection}: {@code parallelStream()} is {@code Collection}'s own, whose spliterator (the JDK's for
 * random-access lists) calls the roster's {@code get} in the common pool's workers.
 */
// weft: expect none
public final class RosterListFixed {

    static final class Member {
        final String name;
        int visits;

        Member(String name, int visits) {
            this.name = name;
            this.visits = visits;
        }
    }

    static final class Roster extends AbstractList<Member> implements RandomAccess {
        private final Member[] members;
        private int joined;

        Roster(int size) {
            members = new Member[size];
            for (int i = 0; i < size; i++) {
                members[i] = new Member("member" + i, i % 17);
                joined++;
            }
        }

        @Override
        public Member get(int index) {
            if (index >= joined) {
                throw new IndexOutOfBoundsException(index);
            }
            return members[index];
        }

        @Override
        public int size() {
            return joined;
        }
    }

    public static void main(String[] args) {
        List<Member> roster = new Roster(6_000);
        int visits = roster.parallelStream().mapToInt(member -> member.visits).sum();
        Collection<Member> all = roster;
        long regulars = all.stream().parallel().filter(member -> member.visits > 10).count();
        System.out.println(visits + " visits, " + regulars + " regulars");
    }
}
