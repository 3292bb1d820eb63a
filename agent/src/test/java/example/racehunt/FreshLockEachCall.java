package example.racehunt;

/** Each call locks a new object, which excludes nothing. */
// weft: expect race example.racehunt.FreshLockEachCall$Wallet.coins threads=miner-1,miner-2
public final class FreshLockEachCall {

    static final class Wallet {
        long coins;

        void add(long n) {
            synchronized (new Object()) {
                coins += n; // weft: race
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Wallet wallet = new Wallet();
        Runnable miner = () -> {
            for (int i = 0; i < 100; i++) {
                wallet.add(1);
            }
        };
        Threads.runAll(new String[] {"miner-1", "miner-2"}, miner, miner);
        System.out.println("coins " + wallet.coins);
    }
}
