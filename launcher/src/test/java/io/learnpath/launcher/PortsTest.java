package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void everyComponentAndServerHasItsOwnPort() {
        Ports ports = Ports.defaults();
        assertThat(new HashSet<>(ports.byOwner().values())).hasSize(ports.byOwner().size());
        assertThat(ports.gateway()).isEqualTo(8080);
        assertThat(ports.discovery()).isEqualTo(8761);
        assertThat(ports.smtp()).as("the notification-service's own default").isEqualTo(3025);
        assertThat(ports.mailPage()).isEqualTo(8025);
    }

    @Test
    void shiftingMovesEveryPortTogether() {
        Ports shifted = Ports.defaults().shiftedBy(20000);
        Ports.defaults().byOwner().forEach((owner, port) ->
                assertThat(shifted.byOwner()).containsEntry(owner, port + 20000));
    }

    @Test
    void componentsFindTheirPortsAndDatabases() {
        Ports ports = Ports.defaults();
        assertThat(Component.AUTH.port(ports)).isEqualTo(8081);
        assertThat(Component.NOTIFICATION.port(ports)).isEqualTo(8084);
        assertThat(Component.databases()).containsExactly("auth", "content", "progress", "notification");
        assertThat(Component.GATEWAY.eurekaName()).isEqualTo("GATEWAY");
        assertThat(Component.CONTENT.instanceId(8182)).isEqualTo("content-service:8182");
    }

    @Test
    void theGatewaysProbesAnswerOffTheApiPortAndEveryOtherComponentsOnItsOwn() {
        Ports ports = Ports.defaults().shiftedBy(100);
        assertThat(Component.GATEWAY.port(ports)).isEqualTo(8180);
        assertThat(Component.GATEWAY.managementPort(ports)).isEqualTo(9180);
        assertThat(Component.CONTENT.managementPort(ports)).isEqualTo(Component.CONTENT.port(ports));
    }

    @Test
    void theNotificationServiceSendsMailToTheCatcherAndLinksToTheGateway() {
        Ports ports = Ports.defaults().shiftedBy(100);
        assertThat(Stack.mailSettings(ports)).containsOnly(Map.entry("SMTP_HOST", "127.0.0.1"),
                Map.entry("SMTP_PORT", "3125"), Map.entry("NOTIFICATION_PUBLIC_BASE_URL", "http://localhost:8180"));
    }

    @Test
    void layoutKeepsDataAndLogsUnderHome() {
        StackLayout layout = new StackLayout(Path.of("/repo"), Path.of("/repo/.learnpath"), Ports.defaults());
        assertThat(layout.jar("gateway")).isEqualTo(Path.of("/repo/gateway/target/gateway.jar"));
        assertThat(layout.logFile("gateway")).isEqualTo(Path.of("/repo/.learnpath/logs/gateway.log"));
        assertThat(layout.logFile("content-service", 1))
                .isEqualTo(Path.of("/repo/.learnpath/logs/content-service.log"));
        assertThat(layout.logFile("content-service", 2))
                .isEqualTo(Path.of("/repo/.learnpath/logs/content-service-2.log"));
        assertThat(layout.dataDirectory("postgres")).isEqualTo(Path.of("/repo/.learnpath/data/postgres"));
    }
}
