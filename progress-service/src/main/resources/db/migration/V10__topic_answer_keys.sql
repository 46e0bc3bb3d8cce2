-- The answer keys of each topic's self-check questions, as the roadmap's publication carries them
-- ([{"questionId", "choices", "correctChoice"}]): what grades a learner's answers without calling the
-- content-service. Per membership like the rest of the topic's row; empty until a publication carries them.
ALTER TABLE roadmap_topic ADD COLUMN questions JSONB NOT NULL DEFAULT '[]';
