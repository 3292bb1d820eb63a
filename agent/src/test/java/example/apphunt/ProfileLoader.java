package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A profile page loads a user, then (with {@code thenCompose}) the user's preferences on another pool, both into one
 * mutable profile; a {@code whenComplete} audit counts the load, and the page reads the profile after {@code join()}.
 */
// weft: expect none
public final class ProfileLoader {

    static final class Profile {
        String name;
        String theme;
        int loads;
    }

    public static void main(String[] args) {
        ExecutorService users = Executors.newSingleThreadExecutor(new NamedThreads("users"));
        ExecutorService preferences = Executors.newSingleThreadExecutor(new NamedThreads("prefs"));
        Profile profile = new Profile();
        CompletableFuture<Profile> page = CompletableFuture.supplyAsync(() -> {
            profile.name = "ada";
            return profile;
        }, users).thenCompose(loaded -> CompletableFuture.supplyAsync(() -> {
            loaded.theme = loaded.name.equals("ada") ? "dark" : "light";
            return loaded;
        }, preferences)).whenComplete((loaded, failure) -> loaded.loads++);
        Profile shown = page.join();
        shown.loads++;
        System.out.println(shown.name + " " + shown.theme + " " + shown.loads);
        users.shutdown();
        preferences.shutdown();
    }
}
