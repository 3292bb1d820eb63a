package example.racehunt;

/**
 * A session class counts the sessions ever opened in a static field bumped by an instance initializer block (code every
 * constructor runs); two listener threads open sessions with no lock.
 */
// weft: expect race example.racehunt.InstanceInitBlockCounter$Session.opened threads=listener-1,listener-2
public final class InstanceInitBlockCounter {

    static final class Session {
        static int opened;
        final String user;

        {
            opened++; // weft: race
        }

        Session(String user) {
            this.user = user;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int[] users = new int[2];
        Threads.runAll(new String[] {"listener-1", "listener-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                users[0] += new Session("a" + i).user.length();
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                users[1] += new Session("b" + i).user.length();
            }
        });
        System.out.println("sessions opened: " + Session.opened);
    }
}
