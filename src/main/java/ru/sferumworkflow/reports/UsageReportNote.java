package ru.sferumworkflow.reports;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One question of the director about a report, or one answer of the administrators. */
@Entity
@Table(name = "SFW_USAGE_REPORT_NOTE")
public class UsageReportNote {

    public static final String QUESTION = "QUESTION";
    public static final String ANSWER = "ANSWER";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REPORT_ID", length = 36, nullable = false)
    private String reportId;

    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    @Column(name = "AUTHOR", length = 64)
    private String author;

    @Column(name = "WRITTEN_AT", nullable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "TEXT", length = 1000, nullable = false)
    private String text;

    protected UsageReportNote() {
    }

    public UsageReportNote(String reportId, String kind, String author, OffsetDateTime writtenAt, String text) {
        this.id = UUID.randomUUID().toString();
        this.reportId = reportId;
        this.kind = kind;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    public String kind() { return kind; }
    public String author() { return author; }
    public OffsetDateTime writtenAt() { return writtenAt; }
    public String text() { return text; }

    /** «Вопросы директора» or «Ответ администратора», as the forms and the page title each note. */
    public String title() {
        return QUESTION.equals(kind) ? "Вопросы директора" : "Ответ администратора";
    }
}
