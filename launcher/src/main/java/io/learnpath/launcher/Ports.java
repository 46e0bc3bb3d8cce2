package io.learnpath.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every port the local stack listens on. The defaults keep clear of servers a developer may already run
 * (PostgreSQL on 5432, Redis on 6379, Kafka on 9092, SMTP on 25/587); {@link #shiftedBy(int)} moves the whole
 * stack, which the system tests use so they never collide with a stack started by hand.
 *
 * @param smtp GreenMail's SMTP server, which catches every mail the notification-service sends (3025 is also the
 *     notification-service's own default, so a service started from an IDE finds it)
 * @param mailPage the page that lists the caught mail, for people ({@code /}) and scripts ({@code /mails})
 * @param gatewayManagement the gateway's probes and metrics, kept off the public API's port
 * @param zipkin the trace store (Zipkin: its UI, its query API and the span API the components send to), on
 *     Zipkin's usual port
 */
public record Ports(int gateway, int discovery, int auth, int content, int progress, int notification,
        int postgres, int redis, int kafka, int kafkaController, int smtp, int mailPage, int gatewayManagement,
        int zipkin) {

    public static Ports defaults() {
        return new Ports(8080, 8761, 8081, 8082, 8083, 8084, 15432, 16379, 19092, 19093, 3025, 8025, 9080, 9411);
    }

    public Ports shiftedBy(int offset) {
        return new Ports(gateway + offset, discovery + offset, auth + offset, content + offset, progress + offset,
                notification + offset, postgres + offset, redis + offset, kafka + offset, kafkaController + offset,
                smtp + offset, mailPage + offset, gatewayManagement + offset, zipkin + offset);
    }

    /** What listens where, for the "port taken" check and the start-up summary. */
    public Map<String, Integer> byOwner() {
        Map<String, Integer> owners = new LinkedHashMap<>();
        owners.put("gateway", gateway);
        owners.put("gateway management (probes, metrics)", gatewayManagement);
        owners.put("discovery", discovery);
        owners.put("auth-service", auth);
        owners.put("content-service", content);
        owners.put("progress-service", progress);
        owners.put("notification-service", notification);
        owners.put("postgres", postgres);
        owners.put("redis", redis);
        owners.put("kafka", kafka);
        owners.put("kafka controller", kafkaController);
        owners.put("smtp (GreenMail)", smtp);
        owners.put("mail page", mailPage);
        owners.put("zipkin (traces)", zipkin);
        return owners;
    }
}
