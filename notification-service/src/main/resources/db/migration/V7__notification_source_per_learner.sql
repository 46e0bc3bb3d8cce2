-- One event may now notify many learners (new topics in a roadmap: one notice per follower), so the guard against
-- a second notification is one per learner per event.
ALTER TABLE notification DROP CONSTRAINT notification_source_event_unique;
ALTER TABLE notification ADD CONSTRAINT notification_source_event_unique UNIQUE (source_event_id, learner_id);
