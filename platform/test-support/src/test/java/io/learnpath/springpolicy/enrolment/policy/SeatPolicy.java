package io.learnpath.springpolicy.enrolment.policy;

/** Not a violation: plain Java. */
public class SeatPolicy {

    public boolean allows(int seatsLeft) {
        return seatsLeft > 0;
    }
}
