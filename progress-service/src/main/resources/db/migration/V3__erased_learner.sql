-- Learners whose account was deleted (UserDeleted) and whose data this service has erased. Without it the erasure
-- would not last: an access token stays valid until it expires (15 minutes by default) after its account is gone,
-- so a status update can arrive after the erasure, or run beside it. Every write about a learner checks this table
-- first, under a per-learner advisory lock the erasure takes exclusively (ErasedLearnerStore), and is refused.
--
-- Only the id and the time: a random id whose account no longer exists names nobody, and it is what keeps the
-- learner erased, so rows are kept for good.
CREATE TABLE erased_learner
(
    learner_id UUID                     NOT NULL PRIMARY KEY,
    erased_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
