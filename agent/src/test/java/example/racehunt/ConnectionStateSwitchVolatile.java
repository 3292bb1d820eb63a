package example.racehunt;

/** The fixed {@link ConnectionStateSwitch}: the connection's state is {@code volatile}. */
// weft: expect none
public final class ConnectionStateSwitchVolatile {

    enum State { OPEN, DRAINING, CLOSED }

    static final class Connection {
        volatile State state = State.OPEN;
        int sent;
        int dropped;
    }

    public static void main(String[] args) throws InterruptedException {
        Connection connection = new Connection();
        Threads.runAll(new String[] {"closer", "sender"}, () -> connection.state = State.CLOSED, () -> {
            switch (connection.state) {
                case OPEN, DRAINING -> connection.sent++;
                case CLOSED -> connection.dropped++;
                default -> throw new IllegalStateException();
            }
        });
        System.out.println("sent " + connection.sent + ", dropped " + connection.dropped);
    }
}
