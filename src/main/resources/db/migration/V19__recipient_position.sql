-- Each recipient's place in its invitation's list (0, 1, 2, …): «Отправить личную ссылку» runs once per recipient
-- and finds its own by the loop counter. Found by place the lookup is one index entry; found as «the n-th by id» it
-- was a query with an offset that the ORM prepared anew for every letter (docs/performance.md, «Приглашения»).
ALTER TABLE SFW_INVITATION_RECIPIENT ADD COLUMN LIST_POSITION INTEGER;

-- Existing invitations keep the order they were sent in: by id.
UPDATE SFW_INVITATION_RECIPIENT SET LIST_POSITION = (
    SELECT COUNT(*) FROM SFW_INVITATION_RECIPIENT EARLIER
    WHERE EARLIER.INVITATION_ID = SFW_INVITATION_RECIPIENT.INVITATION_ID AND EARLIER.ID < SFW_INVITATION_RECIPIENT.ID);

ALTER TABLE SFW_INVITATION_RECIPIENT ALTER COLUMN LIST_POSITION SET NOT NULL;
CREATE UNIQUE INDEX SFW_RECIPIENT_POSITION ON SFW_INVITATION_RECIPIENT (INVITATION_ID, LIST_POSITION);
