package io.learnpath.systemtests;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a system test class the {@link RunningStack} as a constructor or lifecycle-method parameter: started by
 * the first class that asks, kept in the root of JUnit's context store so every later class gets the same one,
 * and closed by JUnit when all classes of the run are done.
 */
final class SharedStack implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningStack.class;
    }

    @Override
    public RunningStack resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(StartAttempt.class, key -> StartAttempt.make(), StartAttempt.class)
                .stack();
    }

    /**
     * The outcome of the one start, failure included: the store forgets a failed computation, and a second
     * class should not wait out another failing start of six JVMs.
     */
    private record StartAttempt(RunningStack started, RuntimeException failure) implements AutoCloseable {

        static StartAttempt make() {
            try {
                return new StartAttempt(RunningStack.startFresh(), null);
            } catch (RuntimeException e) {
                return new StartAttempt(null, e);
            }
        }

        RunningStack stack() {
            if (failure != null) {
                throw new IllegalStateException("The stack under test did not start: " + failure.getMessage(),
                        failure);
            }
            return started;
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }
}
