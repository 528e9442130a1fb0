package ru.sferumworkflow.verification;

import java.util.Map;

/**
 * The decision table «Статус «учитель» по кадровому списку» (processes/verification/teacher-status.dmn): its inputs
 * are facts from the roster, its outputs an outcome and the reason a person reads.
 */
public record StatusRule(boolean inStaff, boolean activeStaff, boolean pedagogical, boolean contactsMatch) {

    public static final String DECISION = "teacherStatus";
    public static final String CONFIRM = "CONFIRM";
    public static final String REVIEW = "REVIEW";
    public static final String REJECT = "REJECT";

    /** The table's input variables, named as its input expressions. */
    public Map<String, Object> variables() {
        return Map.of("inStaff", inStaff, "activeStaff", activeStaff, "pedagogical", pedagogical,
                "contactsMatch", contactsMatch);
    }
}
