package io.learnpath.systemtests;

import io.learnpath.launcher.Ports;
import io.learnpath.launcher.ServiceProcess;
import io.learnpath.launcher.Stack;
import io.learnpath.launcher.StackLayout;
import io.learnpath.platform.test.http.TestHttp;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stack under test, started exactly as {@code ./learnpath up} starts it, in a fresh home folder under
 * {@code target/} and on ports shifted away from a stack a developer may be running. One per test JVM, shared by
 * every system test class ({@link SharedStack} hands it out and closes it when the last class is done): starting
 * six JVMs and the infrastructure costs about a minute, so no class pays it again.
 */
final class RunningStack implements AutoCloseable {

    // "default", "peak" (the full JIT, for benchmarks) or the options themselves.
    static final String JVM_OPTIONS = ServiceProcess.jvmOptions(
            System.getProperty("learnpath.system-test.jvm-options"));

    private final StackLayout layout;
    private Stack stack;

    private RunningStack(StackLayout layout, Stack stack) {
        this.layout = layout;
        this.stack = stack;
    }

    /** Starts the stack in a fresh home folder: no data from an earlier run. */
    static RunningStack startFresh() {
        StackLayout layout = freshLayout();
        return new RunningStack(layout, start(layout));
    }

    /** The stack as it runs now: after a {@link #restart()} that is another one. */
    synchronized Stack stack() {
        return stack;
    }

    /** A client of the gateway as it runs now. */
    synchronized TestHttp gateway() {
        return TestHttp.at(URI.create(stack.gatewayUrl()))
                .withHeader("Accept", "application/json, application/problem+json");
    }

    /**
     * Stops every component and the infrastructure, then starts them again on the same data and ports, as a
     * developer's {@code ./learnpath down} and {@code up} would. Classes running later get the restarted stack.
     */
    synchronized void restart() {
        stopAndCheck();
        stack = start(layout);
    }

    @Override
    public synchronized void close() {
        stopAndCheck();
    }

    private void stopAndCheck() {
        stack.close();
        List<ServiceProcess> left = Stream.concat(stack.services().values().stream(),
                stack.extraInstances().stream()).filter(ServiceProcess::isAlive).toList();
        if (!left.isEmpty()) {
            throw new IllegalStateException("Still running after the stack was stopped: " + left);
        }
    }

    private static StackLayout freshLayout() {
        Path root = Path.of(System.getProperty("learnpath.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("learnpath.system-test.home", "target/stack")).toAbsolutePath();
        int offset = Integer.getInteger("learnpath.system-test.port-offset", 10000);
        return StackLayout.fresh(root, home, Ports.defaults().shiftedBy(offset));
    }

    private static Stack start(StackLayout layout) {
        Stack stack = Stack.start(layout, JVM_OPTIONS, Duration.ofMinutes(5),
                line -> System.out.println("[stack] " + line));
        System.out.printf("[stack] healthy in %.1f s%n", stack.startupTime().toMillis() / 1000.0);
        stack.services().forEach((component, process) -> System.out.printf("[stack] %-22s RSS %s%n",
                component.module(), process.residentMemory().isPresent()
                        ? process.residentMemory().getAsLong() / (1024 * 1024) + " MB" : "n/a"));
        return stack;
    }

}
