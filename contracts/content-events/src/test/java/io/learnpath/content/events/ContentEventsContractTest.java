package io.learnpath.content.events;

import io.learnpath.platform.test.contract.EventContractTest;

/** The content-service's events as its consumers rely on them: contract examples and the AsyncAPI document. */
class ContentEventsContractTest extends EventContractTest {

    ContentEventsContractTest() {
        super("content-service", ContentEvents.TOPIC, ContentEvents.class.getPackageName());
    }
}
