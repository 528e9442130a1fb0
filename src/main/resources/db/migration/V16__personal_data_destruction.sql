-- The destruction of one person's personal data when the purpose of processing is achieved (152-ФЗ, ст. 21): who
-- proposed and approved it, what was destroyed, and the act with the extract from the event log, kept for three
-- years (Приказ Роскомнадзора от 28.10.2022 № 179), then cleaned. One row per person: a second proposal is the
-- same row, postponed or refused before.
CREATE TABLE SFW_DESTRUCTION (
    ID                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    VERSION             BIGINT        NOT NULL,
    COLLEGE_ID          VARCHAR(64)   NOT NULL,
    PERSON_ID           VARCHAR(36)   NOT NULL,
    PROCESS_INSTANCE_ID VARCHAR(64),
    STATUS              VARCHAR(16)   NOT NULL,
    REASON              VARCHAR(500)  NOT NULL,
    PROPOSED_AT         TIMESTAMP WITH TIME ZONE NOT NULL,
    PROPOSED_BY         VARCHAR(64),
    APPROVED_BY         VARCHAR(64),
    DECISION_NOTE       VARCHAR(1000),
    NEXT_REVIEW_AT      TIMESTAMP WITH TIME ZONE,
    DESTROYED_AT        TIMESTAMP WITH TIME ZONE,
    ACT_NUMBER          VARCHAR(30),
    SUMMARY             VARCHAR(4000),
    ACT_PDF             BYTEA,
    LOG_EXTRACT         BYTEA,
    KEEP_UNTIL          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT SFW_DESTRUCTION_PERSON UNIQUE (PERSON_ID)
);

CREATE INDEX SFW_DESTRUCTION_KEEP ON SFW_DESTRUCTION (KEEP_UNTIL);

-- Destructions run one at a time: each reads and rewrites texts that several people's values may share (a roster
-- file, a list of names), and two at once would write back each other's reading.
CREATE TABLE SFW_LOCK (
    NAME VARCHAR(64) NOT NULL PRIMARY KEY
);

INSERT INTO SFW_LOCK (NAME) VALUES ('personal-data-destruction');
