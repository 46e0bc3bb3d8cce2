package io.learnpath.benchmarks.stack;

import java.util.concurrent.Callable;

/**
 * Something that watches the stack while a stretch of load runs (its JVMs' resident memory, say). A case hands its
 * last measured rounds to it, so that "under load" means under this benchmark's load, not after it.
 */
public interface UnderLoad {

    UnderLoad NOTHING = new UnderLoad() {
        @Override
        public <T> T watch(Callable<T> load) throws Exception {
            return load.call();
        }
    };

    <T> T watch(Callable<T> load) throws Exception;
}
