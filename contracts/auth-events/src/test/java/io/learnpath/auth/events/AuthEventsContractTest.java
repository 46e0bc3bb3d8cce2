package io.learnpath.auth.events;

import io.learnpath.platform.test.contract.EventContractTest;

/** The auth-service's events as its consumers rely on them: contract examples and the AsyncAPI document. */
class AuthEventsContractTest extends EventContractTest {

    AuthEventsContractTest() {
        super("auth-service", AuthEvents.TOPIC, AuthEvents.class.getPackageName());
    }
}
