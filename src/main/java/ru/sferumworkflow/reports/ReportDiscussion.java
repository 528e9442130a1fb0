package ru.sferumworkflow.reports;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import ru.sferumworkflow.platform.Clock;

/**
 * The questions and answers about a report as the forms show them: written anew from SFW_USAGE_REPORT_NOTE at each
 * step (never read back from the form, which could change it), the latest part when it is long.
 */
final class ReportDiscussion {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    /** Well under the 4,000 characters a process variable's text holds. */
    static final int MAX = 3500;

    private ReportDiscussion() {
    }

    static void show(DelegateExecution execution, List<UsageReportNote> notes) {
        execution.setVariable(ReportVariables.DISCUSSION, text(notes));
    }

    static String text(List<UsageReportNote> notes) {
        StringBuilder text = new StringBuilder();
        for (UsageReportNote note : notes) {
            text.append(text.isEmpty() ? "" : "\n\n").append(note.title()).append(", ")
                    .append(WHEN.format(note.writtenAt().atZoneSameInstant(Clock.COLLEGE_ZONE))).append(":\n")
                    .append(note.text());
        }
        return text.length() > MAX ? "…" + text.substring(text.length() - MAX + 1) : text.toString();
    }
}
