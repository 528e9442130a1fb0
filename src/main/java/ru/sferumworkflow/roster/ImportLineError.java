package ru.sferumworkflow.roster;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One reason a line of an uploaded file was refused: line number, column and what to fix, in Russian. */
@Entity
@Table(name = "SFW_IMPORT_ERROR")
public class ImportLineError {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "IMPORT_ID", length = 36, nullable = false)
    private String importId;

    @Column(name = "LINE_NO", nullable = false)
    private int lineNumber;

    @Column(name = "COLUMN_NAME", length = 100)
    private String columnName;

    @Column(name = "MESSAGE", length = 1000, nullable = false)
    private String message;

    protected ImportLineError() {
        // for JPA
    }

    public ImportLineError(String importId, LineProblem problem) {
        this.id = UUID.randomUUID().toString();
        this.importId = importId;
        this.lineNumber = problem.line();
        this.columnName = problem.column();
        this.message = problem.message();
    }

    public LineProblem problem() {
        return new LineProblem(lineNumber, columnName, message);
    }
}
