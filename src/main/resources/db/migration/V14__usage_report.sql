-- «Отчёт об использовании платформы»: one row per college and month, with the figures as they were counted (JSON),
-- so that a report read in December still says what October looked like on the day it was made.
CREATE TABLE SFW_USAGE_REPORT (
    ID                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    VERSION             BIGINT         NOT NULL,
    COLLEGE_ID          VARCHAR(64)    NOT NULL,
    PROCESS_INSTANCE_ID VARCHAR(64)    NOT NULL,
    REPORT_MONTH        VARCHAR(7)     NOT NULL,
    PERIOD_FROM         TIMESTAMP WITH TIME ZONE NOT NULL,
    PERIOD_TO           TIMESTAMP WITH TIME ZONE NOT NULL,
    MADE_AT             TIMESTAMP WITH TIME ZONE NOT NULL,
    FIGURES             VARCHAR(200000) NOT NULL,
    QUESTION_ROUNDS     INT            NOT NULL,
    READ_BY             VARCHAR(64),
    READ_AT             TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX SFW_USAGE_REPORT_PROCESS ON SFW_USAGE_REPORT (PROCESS_INSTANCE_ID);
CREATE INDEX SFW_USAGE_REPORT_MONTH ON SFW_USAGE_REPORT (COLLEGE_ID, REPORT_MONTH);

-- The director's questions and the administrators' answers, kept here rather than in a process variable: a variable
-- holds 4,000 characters and a form could overwrite it.
CREATE TABLE SFW_USAGE_REPORT_NOTE (
    ID          VARCHAR(36)   NOT NULL PRIMARY KEY,
    REPORT_ID   VARCHAR(36)   NOT NULL,
    KIND        VARCHAR(16)   NOT NULL,
    AUTHOR      VARCHAR(64),
    WRITTEN_AT  TIMESTAMP WITH TIME ZONE NOT NULL,
    TEXT        VARCHAR(1000) NOT NULL
);

CREATE INDEX SFW_USAGE_REPORT_NOTE_REPORT ON SFW_USAGE_REPORT_NOTE (REPORT_ID, WRITTEN_AT);

-- One scheduled report per college and month: the schedule writes this row in the transaction that starts the
-- report, so that a second run (another node, a retried job) fails on the key instead of starting a second one.
CREATE TABLE SFW_USAGE_REPORT_START (
    COLLEGE_ID          VARCHAR(64) NOT NULL,
    REPORT_MONTH        VARCHAR(7)  NOT NULL,
    PROCESS_INSTANCE_ID VARCHAR(64) NOT NULL,
    STARTED_AT          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (COLLEGE_ID, REPORT_MONTH)
);
