package example.racehunt;

/** The fixed twin of {@code InstanceInitBlockCounter}: the initializer block bumps the count under the class's lock. */
// weft: expect none
public final class InstanceInitBlockCounterLocked {

    static final class Session {
        static int opened;
        final String user;

        {
            synchronized (Session.class) {
                opened++;
            }
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
