-- Teacher status verification: what the person gave (on the join page of a teacher's invitation, or what the
-- administrator saw on the platform), the roster record it was checked against, the decision table's outcome,
-- the review, and the confirmation on the platform.
ALTER TABLE SFW_INVITATION_RECIPIENT ADD COLUMN GIVEN_PHONE VARCHAR(12);
ALTER TABLE SFW_INVITATION_RECIPIENT ADD COLUMN GIVEN_EMAIL VARCHAR(254);

CREATE TABLE SFW_TEACHER_VERIFICATION (
    ID                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    VERSION               BIGINT        NOT NULL,
    COLLEGE_ID            VARCHAR(64)   NOT NULL,
    PROCESS_INSTANCE_ID   VARCHAR(64)   NOT NULL,
    SOURCE                VARCHAR(16)   NOT NULL,
    INVITATION_ID         VARCHAR(36),
    PERSON_ID             VARCHAR(36),
    GIVEN_NAME            VARCHAR(200)  NOT NULL,
    GIVEN_PHONE           VARCHAR(12),
    GIVEN_EMAIL           VARCHAR(254),
    RULE_OUTCOME          VARCHAR(16),
    RULE_REASON           VARCHAR(500),
    STATUS                VARCHAR(16)   NOT NULL,
    DECIDED_BY            VARCHAR(64),
    DECIDED_AT            TIMESTAMP WITH TIME ZONE,
    DECISION_REASON       VARCHAR(1000),
    PLATFORM_CONFIRMED_BY VARCHAR(64),
    PLATFORM_CONFIRMED_AT TIMESTAMP WITH TIME ZONE,
    STARTED_BY            VARCHAR(64),
    STARTED_AT            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX SFW_VERIFICATION_PROCESS ON SFW_TEACHER_VERIFICATION (PROCESS_INSTANCE_ID);
CREATE INDEX SFW_VERIFICATION_PERSON ON SFW_TEACHER_VERIFICATION (PERSON_ID, STARTED_AT);

-- The director's distribution of class teachers: one row per group of one distribution (a process instance),
-- from the proposal through the director's approval of the whole to the administrator's attachment on the platform.
CREATE TABLE SFW_CLASS_TEACHER_ASSIGNMENT (
    ID                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    VERSION             BIGINT       NOT NULL,
    COLLEGE_ID          VARCHAR(64)  NOT NULL,
    PROCESS_INSTANCE_ID VARCHAR(64)  NOT NULL,
    LINE_NO             INT          NOT NULL,
    GROUP_ID            VARCHAR(36)  NOT NULL,
    TEACHER_ID          VARCHAR(36)  NOT NULL,
    PREVIOUS_TEACHER_ID VARCHAR(36),
    STATUS              VARCHAR(16)  NOT NULL,
    ENTERED_BY          VARCHAR(64),
    ENTERED_AT          TIMESTAMP WITH TIME ZONE NOT NULL,
    DECIDED_BY          VARCHAR(64),
    DECIDED_AT          TIMESTAMP WITH TIME ZONE,
    ATTACHED_BY         VARCHAR(64),
    ATTACHED_AT         TIMESTAMP WITH TIME ZONE
);

CREATE INDEX SFW_ASSIGNMENT_PROCESS ON SFW_CLASS_TEACHER_ASSIGNMENT (PROCESS_INSTANCE_ID, LINE_NO);
CREATE INDEX SFW_ASSIGNMENT_GROUP ON SFW_CLASS_TEACHER_ASSIGNMENT (GROUP_ID);
