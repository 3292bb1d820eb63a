package example.racehunt;

/** A status page prints a shared banner's {@code char[]} with {@code System.out.println(chars)} while an admin edits it. */
// weft: expect race char[] threads=admin,status
public final class BannerCharsPrinted {

    public static void main(String[] args) throws InterruptedException {
        char[] banner = {'o', 'p', 'e', 'n'};
        Threads.runAll(new String[] {"admin", "status"},
                () -> banner[0] = 'O', // weft: race
                () -> System.out.println(banner)); // weft: race
    }
}
