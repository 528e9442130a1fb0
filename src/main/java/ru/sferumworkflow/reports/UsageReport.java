package ru.sferumworkflow.reports;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One college's report for one month: the period, the figures as counted, and when the director read it. */
@Entity
@Table(name = "SFW_USAGE_REPORT")
public class UsageReport {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "PROCESS_INSTANCE_ID", length = 64, nullable = false)
    private String processInstanceId;

    @Column(name = "REPORT_MONTH", length = 7, nullable = false)
    private String month;

    @Column(name = "PERIOD_FROM", nullable = false)
    private OffsetDateTime periodFrom;

    @Column(name = "PERIOD_TO", nullable = false)
    private OffsetDateTime periodTo;

    @Column(name = "MADE_AT", nullable = false)
    private OffsetDateTime madeAt;

    @Column(name = "FIGURES", length = 200000, nullable = false)
    private String figures;

    @Column(name = "QUESTION_ROUNDS", nullable = false)
    private int questionRounds;

    @Column(name = "READ_BY", length = 64)
    private String readBy;

    @Column(name = "READ_AT")
    private OffsetDateTime readAt;

    protected UsageReport() {
    }

    public UsageReport(String collegeId, String processInstanceId, YearMonth month, OffsetDateTime periodFrom,
            OffsetDateTime periodTo, OffsetDateTime madeAt, UsageFigures figures) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.processInstanceId = processInstanceId;
        this.month = month.toString();
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.madeAt = madeAt;
        this.figures = JSON.toJson(figures);
    }

    public void questioned() {
        questionRounds++;
    }

    public void read(String by, OffsetDateTime at) {
        readBy = by;
        readAt = at;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String processInstanceId() { return processInstanceId; }
    public YearMonth month() { return YearMonth.parse(month); }
    public OffsetDateTime periodFrom() { return periodFrom; }
    public OffsetDateTime periodTo() { return periodTo; }
    public OffsetDateTime madeAt() { return madeAt; }
    public UsageFigures figures() { return JSON.fromJson(figures, UsageFigures.class); }
    public int questionRounds() { return questionRounds; }
    public String readBy() { return readBy; }
    public OffsetDateTime readAt() { return readAt; }
}
