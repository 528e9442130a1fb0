-- Every domain audit event written while a process instance runs carries that instance, so that an instance's
-- timeline joins the engine's history and the domain events without knowing each domain's tables.
ALTER TABLE SFW_AUDIT_EVENT ADD COLUMN PROCESS_INSTANCE_ID VARCHAR(64);
CREATE INDEX SFW_AUDIT_PROCESS ON SFW_AUDIT_EVENT (PROCESS_INSTANCE_ID, OCCURRED_AT);
