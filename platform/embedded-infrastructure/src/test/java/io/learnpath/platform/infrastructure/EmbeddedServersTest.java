package io.learnpath.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's servers are real: data written before a restart is there after it. */
class EmbeddedServersTest {

    @TempDir
    Path data;

    @Test
    void postgresKeepsItsDataAcrossARestart() throws Exception {
        int port = FreePorts.any();
        try (PostgresServer postgres = PostgresServer.startPersistent(port, data.resolve("pg"))) {
            postgres.createDatabaseIfMissing("sample");
            postgres.createDatabaseIfMissing("sample");
            execute(postgres.jdbcUrl("sample"), "CREATE TABLE note (text TEXT); INSERT INTO note VALUES ('kept')");
        }
        try (PostgresServer postgres = PostgresServer.startPersistent(port, data.resolve("pg"));
                Connection connection = DriverManager.getConnection(postgres.jdbcUrl("sample"), PostgresServer.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
        }
    }

    @Test
    void redisAnswersPing() throws Exception {
        int port = FreePorts.any();
        try (RedisServerProcess redis = RedisServerProcess.start(port, null, null);
                Socket socket = new Socket("127.0.0.1", redis.port());
                PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            out.print("PING\r\n");
            out.flush();
            assertThat(in.readLine()).isEqualTo("+PONG");
        }
    }

    @Test
    void kafkaKilledOutrightStartsAgainWithItsTopics() throws Exception {
        int port = FreePorts.any();
        int controllerPort = FreePorts.any();
        Path log = Files.createDirectories(data.resolve("log")).resolve("kafka.log");
        try (KafkaBrokerProcess kafka = KafkaBrokerProcess.start(port, controllerPort, data.resolve("kafka"), log,
                Duration.ofSeconds(90)); Admin admin = admin(kafka)) {
            admin.createTopics(Set.of(new NewTopic("kept", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);

            // SIGKILL, as the OOM killer or a crash would: no clean shutdown.
            ProcessHandle broker = ProcessHandle.of(kafka.pid()).orElseThrow();
            broker.destroyForcibly();
            broker.onExit().get(30, TimeUnit.SECONDS);

            assertThat(kafka.isAlive()).isFalse();
            assertThat(kafka.exitValue()).isNotZero();
        }
        try (KafkaBrokerProcess kafka = KafkaBrokerProcess.start(port, controllerPort, data.resolve("kafka"), log,
                Duration.ofSeconds(90)); Admin admin = admin(kafka)) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("kept");
            // The cleaner's key map as the broker reads its configuration (Kafka's default would take 128 MB).
            ConfigResource brokerConfig = new ConfigResource(ConfigResource.Type.BROKER, "1");
            Config config = admin.describeConfigs(Set.of(brokerConfig)).all().get(30, TimeUnit.SECONDS)
                    .get(brokerConfig);
            assertThat(config.get("log.cleaner.dedupe.buffer.size").value())
                    .isEqualTo(KafkaBrokerProcess.CLEANER_DEDUPE_BUFFER_BYTES);
        }
    }

    private static Admin admin(KafkaBrokerProcess kafka) {
        Properties properties = new Properties();
        properties.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return Admin.create(properties);
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
