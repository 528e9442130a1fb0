package ru.sferumworkflow.roster;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.Caller;

/**
 * Who may do what with the roster: every member of the college's staff groups and the auditors read names and
 * roles; administrators and the administration also see personal data and change the roster.
 */
@RequestScoped
public class RosterAccess {

    private static final WorkflowGroup[] READERS = {WorkflowGroup.DIRECTOR, WorkflowGroup.ADMINISTRATION,
            WorkflowGroup.ADMINISTRATORS, WorkflowGroup.CLASS_TEACHERS, WorkflowGroup.TEACHERS, WorkflowGroup.AUDITORS};
    private static final WorkflowGroup[] KEEPERS = {WorkflowGroup.ADMINISTRATION, WorkflowGroup.ADMINISTRATORS};

    @Inject
    Caller caller;

    /** The caller's college, after checking that they may read the roster. */
    public String readCollege(String what) {
        caller.requireAnyOf(what, READERS);
        return caller.college();
    }

    /** The caller's user id, after checking that they may change the roster. */
    public String keeper(String what) {
        String user = caller.requireAnyOf(what, KEEPERS);
        caller.college();
        return user;
    }

    public String college() {
        return caller.college();
    }

    public String user() {
        return caller.authentication().getUserId();
    }

    /** Whether the caller may load files, enter movement events and keep chats (system operators included). */
    public boolean mayChange() {
        return caller.isIn(KEEPERS) || caller.isIn(WorkflowGroup.OPERATORS);
    }

    /** Whether phones, e-mails and dates of birth may be shown to the caller. */
    public boolean seesPersonalData() {
        return caller.isIn(KEEPERS);
    }
}
