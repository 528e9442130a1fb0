-- A member's personal link to complain to the chat's moderator about a breach of the rules: sent once, when their
-- join request is accepted; only its hash is kept.
CREATE TABLE SFW_MEMBER_LINK (
    ID            VARCHAR(36)  NOT NULL PRIMARY KEY,
    COLLEGE_ID    VARCHAR(64)  NOT NULL,
    MEMBERSHIP_ID VARCHAR(36)  NOT NULL,
    TOKEN_HASH    VARCHAR(64),
    SENT_AT       TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX SFW_MEMBER_LINK_MEMBERSHIP ON SFW_MEMBER_LINK (MEMBERSHIP_ID);
CREATE UNIQUE INDEX SFW_MEMBER_LINK_TOKEN ON SFW_MEMBER_LINK (TOKEN_HASH);
