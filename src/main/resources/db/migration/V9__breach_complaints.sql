-- A breach may come as a complaint of another member of the chat: the chat's moderator confirms it (then it counts
-- and goes on as any breach) or refuses it with a reason.
ALTER TABLE SFW_BREACH ADD COLUMN COMPLAINT BOOLEAN;
ALTER TABLE SFW_BREACH ADD COLUMN REVIEW_NOTE VARCHAR(1000);
