package example.explorehunt;

/** The twin of {@link PriceCacheStampedWrite}: the catalog update lets the catalog's monitor go before it invalidates the cached price, so no cycle. */
// weft: expect none
public final class PriceCacheStampedOrdered {

    public static void main(String[] args) throws InterruptedException {
        PriceCacheStampedWrite.run(true, args);
    }
}
