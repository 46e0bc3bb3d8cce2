package io.learnpath.sample.enrolment.policy;

/** A business rule in plain Java: the outcome is a type, not an HTTP status. */
public final class EnrolmentPolicy {

    private final int maximumCourses;

    public EnrolmentPolicy(int maximumCourses) {
        this.maximumCourses = maximumCourses;
    }

    public Decision decide(int coursesAlreadyTaken) {
        return coursesAlreadyTaken < maximumCourses ? new Decision.Allowed() : new Decision.Refused("too many courses");
    }

    public sealed interface Decision {

        record Allowed() implements Decision {
        }

        record Refused(String reason) implements Decision {
        }
    }
}
