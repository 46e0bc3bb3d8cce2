package io.learnpath.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The CloudEvents {@code type} of an integration event, e.g. {@code learnpath.progress.topic-status-changed.v1}.
 * A breaking change to a payload gets a new type name (…v2) rather than a silent change to the old one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();

}
