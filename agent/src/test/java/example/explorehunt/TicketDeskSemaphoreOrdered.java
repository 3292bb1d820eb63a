package example.explorehunt;

/** The twin of {@link TicketDeskSemaphoreMutex}: the walk-in lets the queue's monitor go before it takes the counter's permit, so no cycle. */
// weft: expect none
public final class TicketDeskSemaphoreOrdered {

    public static void main(String[] args) throws InterruptedException {
        TicketDeskSemaphoreMutex.run(true, args);
    }
}
