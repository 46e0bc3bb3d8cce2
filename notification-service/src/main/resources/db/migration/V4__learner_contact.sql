-- How to reach a learner by mail, and where their days begin and end: a read model of the auth-service's
-- UserRegistered, EmailChanged and ProfileChanged. The address is a copy of personal data, so UserDeleted erases
-- the row. Each part keeps the time of the event that set it, and only a newer event replaces it: the events of one
-- account come in order on their partition, but a replay from a dead-letter topic may bring an old one back.
CREATE TABLE learner_contact
(
    learner_id         UUID                     NOT NULL PRIMARY KEY,
    email              TEXT                     NOT NULL,
    email_set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    display_name       TEXT                     NOT NULL,
    time_zone          TEXT                     NOT NULL,
    profile_set_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
