package io.learnpath.launcher;

import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The application {@link AotCacheTest} trains and starts from a cache: a main class in a jar of its own, which loads a
 * few classes and exits, or fails with {@code fail} as its argument.
 */
public final class AotCacheTestApp {

    private AotCacheTestApp() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("fail")) {
            System.exit(3);
        }
        ConcurrentSkipListMap<String, Integer> loaded = new ConcurrentSkipListMap<>();
        loaded.put("classes", 1);
        System.out.println("trained " + loaded);
    }
}
