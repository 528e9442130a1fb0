-- One roster import of a college at a time across all nodes of a cluster: the import's transaction locks the
-- college's row here first (a lock within one JVM does not see the other nodes' imports, and two imports of one
-- file at once would create the same people twice).
CREATE TABLE SFW_IMPORT_LOCK (
    COLLEGE_ID  VARCHAR(64)  NOT NULL PRIMARY KEY
);
