package io.learnpath.springpolicy.enrolment.policy;

import org.springframework.stereotype.Component;

/** Planted: a policy that is a Spring bean. */
@Component
public class EnrolmentPolicy {

    public boolean allows(int coursesTaken) {
        return coursesTaken < 3;
    }
}
