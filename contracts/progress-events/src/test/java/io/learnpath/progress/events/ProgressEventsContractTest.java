package io.learnpath.progress.events;

import io.learnpath.platform.test.contract.EventContractTest;

/** The progress-service's events as its consumers rely on them: contract examples and the AsyncAPI document. */
class ProgressEventsContractTest extends EventContractTest {

    ProgressEventsContractTest() {
        super("progress-service", ProgressEvents.TOPIC, ProgressEvents.class.getPackageName());
    }
}
