-- A staff member's Tasklist account, linked by an administrator (never by an e-mail the user could edit), and the
-- execution of the issuer's decision task for each claim, so that a decision finds its own claim.
ALTER TABLE SFW_PERSON ADD COLUMN USER_ID VARCHAR(64);
CREATE UNIQUE INDEX SFW_PERSON_USER ON SFW_PERSON (COLLEGE_ID, USER_ID);

ALTER TABLE SFW_INVITATION_RECIPIENT ADD COLUMN REVIEW_EXECUTION_ID VARCHAR(64);
CREATE INDEX SFW_RECIPIENT_REVIEW ON SFW_INVITATION_RECIPIENT (REVIEW_EXECUTION_ID);
