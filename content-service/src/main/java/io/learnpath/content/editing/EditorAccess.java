package io.learnpath.content.editing;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on {@code @PreAuthorize}, which the draft's endpoints use to admit editors and admins only (the roles come
 * from the access token's {@code roles} claim). A learner's token answers 403.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class EditorAccess {
}
