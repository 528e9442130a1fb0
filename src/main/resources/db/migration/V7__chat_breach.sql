-- «Нарушение правил чата»: each breach names the chat, the person and the rule (by its number in the chat rules,
-- whose version is kept with it); its outcome is a reminder or, when repeated, a restriction for a term, which the person may
-- appeal by a personal link and which lifts when the term ends. Rows are never deleted.
CREATE TABLE SFW_BREACH (
    ID                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    VERSION             BIGINT        NOT NULL,
    COLLEGE_ID          VARCHAR(64)   NOT NULL,
    CHAT_ID             VARCHAR(36)   NOT NULL,
    PERSON_ID           VARCHAR(36)   NOT NULL,
    RULES_VERSION       VARCHAR(20)   NOT NULL,
    RULE_NUMBER         INT           NOT NULL,
    RULE_TEXT           VARCHAR(1000) NOT NULL,
    DESCRIPTION         VARCHAR(2000) NOT NULL,
    EVIDENCE            VARCHAR(2000) NOT NULL,
    REPORTED_BY         VARCHAR(64)   NOT NULL,
    REPORTED_AT         TIMESTAMP WITH TIME ZONE NOT NULL,
    PROCESS_INSTANCE_ID VARCHAR(64)   NOT NULL,
    OUTCOME             VARCHAR(16)   NOT NULL,
    REMINDED_AT         TIMESTAMP WITH TIME ZONE,
    RESTRICTED_AT       TIMESTAMP WITH TIME ZONE,
    RESTRICTED_UNTIL    TIMESTAMP WITH TIME ZONE,
    APPEAL_TOKEN_HASH   VARCHAR(64),
    APPEAL_TEXT         VARCHAR(2000),
    APPEALED_AT         TIMESTAMP WITH TIME ZONE,
    APPEAL_UPHELD       BOOLEAN,
    APPEAL_NOTE         VARCHAR(1000),
    APPEAL_DECIDED_BY   VARCHAR(64),
    LIFTED_AT           TIMESTAMP WITH TIME ZONE,
    LIFTED_BY           VARCHAR(64)
);

CREATE INDEX SFW_BREACH_MEMBER ON SFW_BREACH (CHAT_ID, PERSON_ID);
CREATE UNIQUE INDEX SFW_BREACH_APPEAL ON SFW_BREACH (APPEAL_TOKEN_HASH);
