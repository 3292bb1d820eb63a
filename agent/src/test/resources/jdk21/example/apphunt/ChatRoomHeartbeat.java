package example.apphunt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link ChatRoomVirtual} whose room tells its heartbeat to stop through a plain {@code boolean}: the heartbeat's
 * virtual thread reads the flag on every beat, unordered with the main thread's write (nothing makes it see the write,
 * and a compiler may hoist the read out of the loop).
 */
// weft: expect race example.apphunt.ChatRoomHeartbeat$Room.open threads=heartbeat,main
public final class ChatRoomHeartbeat {

    static final class Member {
        final String name;
        final PrintWriter out;
        final ReentrantLock writing = new ReentrantLock();
        int linesSent;

        Member(String name, PrintWriter out) {
            this.name = name;
            this.out = out;
        }

        void send(String line) {
            writing.lock();
            try {
                out.println(line);
                linesSent++;
            } finally {
                writing.unlock();
            }
        }

        void sayBye() {
            writing.lock();
            try {
                out.println("bye " + name + " after " + linesSent + " lines");
            } finally {
                writing.unlock();
            }
        }
    }

    static final class Room {
        private final List<String> history = new ArrayList<>();
        private final List<Member> members = new ArrayList<>();
        private boolean open = true;
        private int heartbeats;

        void join(Member member) {
            synchronized (this) {
                members.add(member);
            }
        }

        void post(Member from, String text) {
            List<Member> recipients;
            synchronized (this) {
                history.add(from.name + ": " + text);
                recipients = List.copyOf(members);
            }
            for (Member member : recipients) {
                if (member != from) {
                    member.send(from.name + ": " + text);
                }
            }
        }

        synchronized void leave(Member member) {
            members.remove(member);
        }

        void heartbeat() throws InterruptedException {
            while (open) { // weft: race
                synchronized (this) {
                    heartbeats++;
                }
                Thread.sleep(2);
            }
        }
    }

    static void serve(Socket socket, Room room) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            Member member = new Member(in.readLine(), out);
            room.join(member);
            for (String line = in.readLine(); line != null && !line.equals("/quit"); line = in.readLine()) {
                room.post(member, line);
            }
            room.leave(member);
            member.sayBye();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    static void acceptAll(ServerSocket server, Room room) {
        List<Thread> connections = new ArrayList<>();
        try {
            while (true) {
                Socket socket = server.accept();
                connections.add(Thread.ofVirtual().name("conn-", connections.size()).start(() -> serve(socket, room)));
            }
        } catch (SocketException closed) {
            // the main thread closed the server
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        try {
            for (Thread connection : connections) {
                connection.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void chat(int port, String name, CountDownLatch allIn) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            out.println(name);
            allIn.countDown();
            allIn.await();
            for (int i = 0; i < 5; i++) {
                out.println("message " + i + " from " + name);
            }
            out.println("/quit");
            for (String line = in.readLine(); line != null && !line.startsWith("bye "); line = in.readLine()) {
                // broadcasts from the others
            }
        } catch (IOException | InterruptedException e) {
            throw new RuntimeException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Room room = new Room();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().name("acceptor").start(() -> acceptAll(server, room));
            Thread heartbeat = Thread.ofVirtual().name("heartbeat").start(() -> {
                try {
                    room.heartbeat();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            CountDownLatch allIn = new CountDownLatch(3);
            List<Thread> clients = new ArrayList<>();
            for (String name : List.of("ann", "bob", "cyd")) {
                clients.add(Thread.startVirtualThread(() -> chat(server.getLocalPort(), name, allIn)));
            }
            for (Thread client : clients) {
                client.join();
            }
            room.open = false; // weft: race
            server.close();
            acceptor.join();
            heartbeat.join();
        }
        System.out.println(room.history.size() + " lines posted, " + room.members.size() + " still in, "
                + (room.heartbeats > 0 ? "heartbeats seen" : "no heartbeat"));
    }
}
