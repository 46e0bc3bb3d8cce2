package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.learnpath.platform.infrastructure.FreePorts;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackPreflightTest {

    @TempDir
    Path checkout;

    @Test
    void aTakenSmtpOrMailPagePortStopsTheStackBeforeAnythingStarts() throws Exception {
        try (ServerSocket smtp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ServerSocket mailPage = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Ports ports = new Ports(FreePorts.any(), FreePorts.any(), FreePorts.any(), FreePorts.any(),
                    FreePorts.any(), FreePorts.any(), FreePorts.any(), FreePorts.any(), FreePorts.any(),
                    FreePorts.any(), smtp.getLocalPort(), mailPage.getLocalPort(), FreePorts.any(),
                    FreePorts.any());
            StackLayout layout = new StackLayout(checkout, checkout.resolve(".learnpath"), ports);

            PreflightException refused = catchThrowableOfType(PreflightException.class,
                    () -> Stack.prepare(layout, line -> { }));

            assertThat(refused.problems())
                    .contains("port " + smtp.getLocalPort() + " (for smtp (GreenMail)) is already in use")
                    .contains("port " + mailPage.getLocalPort() + " (for mail page) is already in use");
        }
    }

    @Test
    void aMissingZipkinJarStopsTheStackBeforeAnythingStarts() {
        StackLayout layout = new StackLayout(checkout, checkout.resolve(".learnpath"), Ports.defaults());

        PreflightException refused = catchThrowableOfType(PreflightException.class,
                () -> Stack.prepare(layout, line -> { }));

        assertThat(refused.problems()).anyMatch(problem -> problem.startsWith(TraceStore.jar(layout) + " is missing")
                && problem.contains("LEARNPATH_ZIPKIN=off"));
    }

    @Test
    void anAotCacheSettingThatIsNeitherOnNorOffStopsTheStackBeforeAnythingStarts() {
        StackLayout layout = new StackLayout(checkout, checkout.resolve(".learnpath"), Ports.defaults());
        System.setProperty(AotCache.SWITCH_PROPERTY, "sometimes");
        try {
            PreflightException refused = catchThrowableOfType(PreflightException.class,
                    () -> Stack.prepare(layout, line -> { }));

            assertThat(refused.problems()).contains("LEARNPATH_AOT_CACHE is on or off, not 'sometimes'");
        } finally {
            System.clearProperty(AotCache.SWITCH_PROPERTY);
        }
    }

    @Test
    void anotherInstanceIsOnlyForAServiceOnAFreePortOfAStackThatIsUp() throws Exception {
        Ports ports = new Ports(FreePorts.any(), FreePorts.any(), FreePorts.any(), FreePorts.any(), FreePorts.any(),
                FreePorts.any(), FreePorts.any(), FreePorts.any(), FreePorts.any(), FreePorts.any(), FreePorts.any(),
                FreePorts.any(), FreePorts.any(), FreePorts.any());
        StackLayout layout = new StackLayout(checkout, checkout.resolve(".learnpath"), ports);
        for (Component component : Component.values()) {
            Files.createDirectories(layout.jar(component.module()).getParent());
            Files.createFile(layout.jar(component.module()));
        }
        Files.createDirectories(TraceStore.jar(layout).getParent());
        Files.createFile(TraceStore.jar(layout));
        Stack stack = Stack.prepare(layout, line -> { });

        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PreflightException refused = catchThrowableOfType(PreflightException.class,
                    () -> stack.startExtraInstance(Component.CONTENT, taken.getLocalPort()));
            assertThat(refused.problems()).containsExactly(
                    "port " + taken.getLocalPort() + " (for another content-service) is already in use");
        }
        assertThatThrownBy(() -> stack.startExtraInstance(Component.GATEWAY, FreePorts.any()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stack.startExtraInstance(Component.DISCOVERY, FreePorts.any()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stack.startExtraInstance(Component.CONTENT, FreePorts.any()))
                .isInstanceOf(IllegalStateException.class).hasMessage("The stack is not up yet");
        assertThat(stack.extraInstances()).isEmpty();
    }
}
