package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.learnpath.platform.infrastructure.FreePorts;
import java.net.InetAddress;
import java.net.ServerSocket;
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
                    FreePorts.any(), smtp.getLocalPort(), mailPage.getLocalPort(), FreePorts.any());
            StackLayout layout = new StackLayout(checkout, checkout.resolve(".learnpath"), ports);

            PreflightException refused = catchThrowableOfType(PreflightException.class,
                    () -> Stack.prepare(layout, line -> { }));

            assertThat(refused.problems())
                    .contains("port " + smtp.getLocalPort() + " (for smtp (GreenMail)) is already in use")
                    .contains("port " + mailPage.getLocalPort() + " (for mail page) is already in use");
        }
    }
}
