package io.learnpath.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test context real PostgreSQL, Kafka and Redis servers and a JWKS endpoint for test tokens.
 * The servers are embedded unless {@code LEARNPATH_TEST_INFRASTRUCTURE=testcontainers} asks for containers
 * ({@link TestInfrastructure}); they start once per JVM and are shared, and each test context gets a database of
 * its own. Eureka registration is switched off: a single service under test has no one to discover.
 *
 * <pre>
 * &#64;SpringBootTest(webEnvironment = RANDOM_PORT)
 * &#64;RealInfrastructure
 * class SomethingIntegrationTest { ... }
 * </pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RealInfrastructure {
}
