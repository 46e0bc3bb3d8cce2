-- Learners whose account was deleted (UserDeleted) and whose notifications this service has erased. Without it the
-- erasure would not last: the progress-service's topic has no order with the auth-service's, so a TopicStatusChanged
-- of the learner (or a UserRegistered replayed from a dead-letter topic) can arrive after their UserDeleted and would
-- notify them again. Every new notification checks this table first, under a per-learner advisory lock the erasure
-- takes exclusively (ErasedLearnerStore), and is dropped.
--
-- Only the id and the time: a random id whose account no longer exists names nobody, and it is what keeps the
-- learner erased, so rows are kept for good.
CREATE TABLE erased_learner
(
    learner_id UUID                     NOT NULL PRIMARY KEY,
    erased_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
