package example.firstrule;

/** The supervisor of {@link CashDrawer}: frees a jammed drawer of a till. */
final class Supervisor {

    void override(Till till) {
        till.drawer.release();
    }
}
