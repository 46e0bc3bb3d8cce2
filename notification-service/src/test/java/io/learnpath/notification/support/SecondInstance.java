package io.learnpath.notification.support;

import io.learnpath.notification.NotificationServiceApplication;
import io.learnpath.platform.test.MovableClock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Another instance of the service beside the test's own, on the same database, Redis and mail server, with a clock
 * of its own: for what must hold with several instances (a reminder sent once, a notification reaching a stream
 * held by the other instance). Its Kafka listeners stay off, so starting and stopping it does not rebalance the
 * consumer groups the other tests rely on.
 */
public final class SecondInstance implements AutoCloseable {

    private static final String[] COPIED = { "learnpathRealInfrastructure", "Inlined Test Properties" };

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts it with the settings of the test's own instance, whose environment is {@code first}. */
    public static SecondInstance beside(ConfigurableEnvironment first) {
        return beside(first, Map.of());
    }

    /** As {@link #beside(ConfigurableEnvironment)}, with some settings of its own ({@code spring.data.redis.port}). */
    public static SecondInstance beside(ConfigurableEnvironment first, Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>();
        for (String name : COPIED) {
            PropertySource<?> source = first.getPropertySources().get(name);
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String key : enumerable.getPropertyNames()) {
                    properties.put(key, enumerable.getProperty(key));
                }
            }
        }
        properties.put("spring.mail.host", first.getProperty("spring.mail.host"));
        properties.put("spring.mail.port", first.getProperty("spring.mail.port"));
        properties.put("server.port", 0);
        properties.put("spring.kafka.listener.auto-startup", false);
        properties.putAll(overrides);
        // As arguments, which outrank every other source (the platform's defaults included), as the test's own
        // property sources do for the first instance.
        String[] arguments = properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new);
        return new SecondInstance(new SpringApplicationBuilder(NotificationServiceApplication.class,
                MovableClock.InPlaceOfTheServiceClock.class).run(arguments));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public MovableClock clock() {
        return context.getBean(MovableClock.class);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    @Override
    public void close() {
        context.close();
    }
}
