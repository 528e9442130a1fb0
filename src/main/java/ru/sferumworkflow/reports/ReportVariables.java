package ru.sferumworkflow.reports;

/** The names of the report processes and of their forms' fields. */
public final class ReportVariables {

    public static final String REPORT_PROCESS = "usageReport";
    public static final String SCHEDULE_PROCESS = "usageReportSchedule";

    /** The month reported on, «ГГГГ-ММ»: from the start form, or the month before when the schedule starts it. */
    public static final String MONTH = "reportMonth";
    /** Set by the steps, for the forms. */
    public static final String TITLE = "reportTitle";
    public static final String REPORT_ID = "reportId";
    /** Every question of the director and answer of the administrators so far, for both forms. */
    public static final String DISCUSSION = "reportDiscussion";

    /** The director's reading: «read», or «questions» with the questions. */
    public static final String DIRECTOR_DECISION = "directorDecision";
    public static final String QUESTIONS = "directorQuestions";
    public static final String HAS_QUESTIONS = "hasQuestions";
    /** The administrators' answer. */
    public static final String ANSWER = "administratorAnswer";

    private ReportVariables() {
    }
}
