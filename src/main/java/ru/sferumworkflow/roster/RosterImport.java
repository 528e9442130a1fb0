package ru.sferumworkflow.roster;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** One uploaded file, its progress and its outcome; the file is kept as evidence of what was loaded. */
@Entity
@Table(name = "SFW_ROSTER_IMPORT")
public class RosterImport {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    private ImportKind kind;

    @Column(name = "FILE_NAME", length = 200, nullable = false)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private ImportStatus status;

    @Column(name = "ENCODING", length = 16)
    private String encoding;

    @Column(name = "DELIMITER", length = 1)
    private String delimiter;

    @Column(name = "TOTAL_LINES", nullable = false)
    private int totalLines;

    @Column(name = "PROCESSED", nullable = false)
    private int processed;

    @Column(name = "CREATED", nullable = false)
    private int created;

    @Column(name = "UPDATED", nullable = false)
    private int updated;

    @Column(name = "UNCHANGED", nullable = false)
    private int unchanged;

    @Column(name = "FAILURE", length = 1000)
    private String failure;

    @Column(name = "STARTED_BY", length = 64, nullable = false)
    private String startedBy;

    @Column(name = "STARTED_AT", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "FINISHED_AT")
    private OffsetDateTime finishedAt;

    protected RosterImport() {
        // for JPA
    }

    public RosterImport(String collegeId, ImportKind kind, String fileName, byte[] content, String startedBy,
            OffsetDateTime startedAt) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.kind = kind;
        this.fileName = fileName;
        this.content = content;
        this.status = ImportStatus.QUEUED;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public void checking(String encoding, char delimiter, int totalLines) {
        this.status = ImportStatus.CHECKING;
        this.encoding = encoding;
        this.delimiter = String.valueOf(delimiter);
        this.totalLines = totalLines;
    }

    public void rejected(OffsetDateTime at) {
        status = ImportStatus.REJECTED;
        finishedAt = at;
    }

    public void done(ImportCounts counts, OffsetDateTime at) {
        status = ImportStatus.DONE;
        processed = totalLines;
        created = counts.created();
        updated = counts.updated();
        unchanged = counts.unchanged();
        finishedAt = at;
    }

    public void failed(String reason, OffsetDateTime at) {
        status = ImportStatus.FAILED;
        failure = reason;
        finishedAt = at;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public ImportKind kind() { return kind; }
    public String fileName() { return fileName; }
    public byte[] content() { return content; }
    public ImportStatus status() { return status; }
    public String encoding() { return encoding; }
    public String delimiter() { return delimiter; }
    public int totalLines() { return totalLines; }
    public int processed() { return processed; }
    public int created() { return created; }
    public int updated() { return updated; }
    public int unchanged() { return unchanged; }
    public String failure() { return failure; }
    public String startedBy() { return startedBy; }
    public OffsetDateTime startedAt() { return startedAt; }
    public OffsetDateTime finishedAt() { return finishedAt; }
}
