-- The trace of the transaction that queued the mail (its W3C traceparent), so that sending it, later and on any
-- instance, joins that trace: a learner's mail is found in the trace of the event that caused it. Null for a mail
-- queued without tracing.
ALTER TABLE email_message ADD COLUMN trace_parent TEXT;
