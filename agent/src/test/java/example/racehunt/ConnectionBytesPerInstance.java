package example.racehunt;

/** Each connection's send is synchronized on itself, but all connections add to one static byte count. */
// weft: expect race example.racehunt.ConnectionBytesPerInstance.bytesSent threads=conn-1,conn-2
public final class ConnectionBytesPerInstance {

    private static long bytesSent;

    synchronized void send(byte[] frame) {
        bytesSent += frame.length; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionBytesPerInstance first = new ConnectionBytesPerInstance();
        ConnectionBytesPerInstance second = new ConnectionBytesPerInstance();
        byte[] frame = new byte[64];
        Threads.runAll(new String[] {"conn-1", "conn-2"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        first.send(frame);
                    }
                },
                () -> {
                    for (int i = 0; i < 100; i++) {
                        second.send(frame);
                    }
                });
        System.out.println("sent " + bytesSent);
    }
}
