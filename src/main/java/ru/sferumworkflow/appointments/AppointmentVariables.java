package ru.sferumworkflow.appointments;

/** The names of the appointment processes and of their forms' fields. */
public final class AppointmentVariables {

    public static final String ADMINISTRATOR_PROCESS = "platformAdministrator";
    public static final String DISTRIBUTION_PROCESS = "classTeacherDistribution";

    /** «Назначение или снятие администратора Сферума»: the start form. */
    public static final String CHANGE = "change";
    public static final String APPOINT = "appoint";
    public static final String REMOVE = "remove";
    public static final String PERSON = "person";
    public static final String REASON = "reason";

    /** Set at the start, for the director's and the administrator's forms. */
    public static final String PERSON_ID = "personId";
    public static final String PERSON_NAME = "personName";
    public static final String POSITION = "position";
    public static final String CHANGE_TITLE = "changeTitle";
    public static final String PLATFORM_STEP = "platformStep";

    /** The director's decision, in both processes. */
    public static final String DIRECTOR_DECISION = "directorDecision";
    public static final String DIRECTOR_COMMENT = "directorComment";
    public static final String APPROVED = "approved";

    /** The administrator's tick that the platform is done. */
    public static final String DONE_ON_PLATFORM = "doneOnPlatform";

    /** «Распределение классного руководства»: the lines, and what the director reads. */
    public static final String DISTRIBUTION = "distribution";
    public static final String DISTRIBUTION_TABLE = "distributionTable";
    public static final String ASSIGNMENT_ID = "assignmentId";
    public static final String GROUP_CODE = "groupCode";
    public static final String TEACHER_NAME = "teacherName";
    public static final String PREVIOUS_TEACHER = "previousTeacher";

    private AppointmentVariables() {
    }
}
