package example.racehunt;

/**
 * A connection's state machine: a sender switches on the connection's {@code state}, a plain enum field, to decide
 * what to do with a message while a closer moves the state to {@code CLOSED}, with nothing ordering the two.
 */
// weft: expect race example.racehunt.ConnectionStateSwitch$Connection.state threads=closer,sender
public final class ConnectionStateSwitch {

    enum State { OPEN, DRAINING, CLOSED }

    static final class Connection {
        State state = State.OPEN;
        int sent;
        int dropped;
    }

    public static void main(String[] args) throws InterruptedException {
        Connection connection = new Connection();
        Threads.runAll(new String[] {"closer", "sender"}, () -> connection.state = State.CLOSED, () -> { // weft: race
            switch (connection.state) { // weft: race
                case OPEN, DRAINING -> connection.sent++;
                case CLOSED -> connection.dropped++;
                default -> throw new IllegalStateException();
            }
        });
        System.out.println("sent " + connection.sent + ", dropped " + connection.dropped);
    }
}
