package example.racehunt;

/** Each thread has its own inner cursor, but every cursor advances its playlist's shared position. */
// weft: expect race example.racehunt.InnerCursorPosition.position threads=speaker-1,speaker-2
public final class InnerCursorPosition {

    private final String[] songs = {"intro", "verse", "chorus", "outro"};
    private int position;

    final class Cursor {
        String next() {
            return songs[position++ % songs.length]; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        InnerCursorPosition playlist = new InnerCursorPosition();
        Runnable speaker = () -> {
            Cursor cursor = playlist.new Cursor();
            int length = 0;
            for (int i = 0; i < 100; i++) {
                length += cursor.next().length();
            }
            System.out.println("played " + length);
        };
        Threads.runAll(new String[] {"speaker-1", "speaker-2"}, speaker, speaker);
    }
}
