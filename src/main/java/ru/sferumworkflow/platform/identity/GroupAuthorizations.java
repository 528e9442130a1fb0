package ru.sferumworkflow.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static ru.sferumworkflow.platform.identity.WorkflowGroup.ADMINISTRATION;
import static ru.sferumworkflow.platform.identity.WorkflowGroup.AUDITORS;
import static ru.sferumworkflow.platform.identity.WorkflowGroup.DIRECTOR;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each group may do, beyond the rights the engine gives by itself to a task's assignee and
 * candidate groups (read and complete that task). Auditors only ever get reading rights: they can
 * neither start a process nor claim or complete a task.
 *
 * <p>A staff group that reads a process's whole history (READ_HISTORY on its definition) also reads its open tasks
 * (READ_TASK): an open task shows nothing its history does not — the history holds every task and the variables'
 * current values. With that grant the engine's per-task grant to the candidate group carries only the right to work
 * on the task, not to read it (CandidateGroupTaskGrants), and Tasklist's lists no longer compare every open task
 * with as many grants as the group has open tasks (docs/performance.md, «Tasklist»). Auditors read through history
 * only and get no READ_TASK.
 */
class GroupAuthorizations {

    static final String APPOINTMENT_ORDER_PROCESS = "appointmentOrder";
    static final String COLLEGE_REGISTRATION_PROCESS = "collegeRegistration";
    static final String INVITATION_PROCESS = "invitation";
    static final String BREACH_PROCESS = "chatBreach";
    static final String VERIFICATION_PROCESS = "teacherVerification";
    static final String ADMINISTRATOR_PROCESS = "platformAdministrator";
    static final String DISTRIBUTION_PROCESS = "classTeacherDistribution";
    static final String PUBLICATION_PROCESS = "channelPublication";
    static final String BROADCAST_PROCESS = "broadcast";
    static final String USAGE_REPORT_PROCESS = "usageReport";
    static final String DESTRUCTION_PROCESS = "personalDataDestruction";

    private final AuthorizationService authorizations;

    GroupAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void apply() {
        // System operators may do everything, as Camunda's own first-run setup grants camunda-admin:
        // in 7.24 the engine filters their queries by grants like anyone else's.
        for (Resources resource : Resources.values()) {
            grant(WorkflowGroup.OPERATORS, resource, ANY, ALL);
        }

        for (WorkflowGroup group : WorkflowGroup.staffGroups()) {
            grant(group, Resources.APPLICATION, "tasklist", ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, READ);
            // Tasklist shows which group a task waits for.
            grant(group, Resources.GROUP, ANY, READ);
        }
        // A user's profile holds an e-mail address: only those who run the college's work see other users.
        for (WorkflowGroup group : List.of(DIRECTOR, ADMINISTRATION, WorkflowGroup.ADMINISTRATORS, AUDITORS)) {
            grant(group, Resources.USER, ANY, READ);
        }

        // The administration drafts the appointment order.
        grant(ADMINISTRATION, Resources.PROCESS_DEFINITION, APPOINTMENT_ORDER_PROCESS, CREATE_INSTANCE);
        follow(ADMINISTRATION, APPOINTMENT_ORDER_PROCESS);
        grant(ADMINISTRATION, Resources.PROCESS_INSTANCE, ANY, CREATE);

        // The registration of the college is the platform administrators' work; the administration follows it.
        follow(WorkflowGroup.ADMINISTRATORS, COLLEGE_REGISTRATION_PROCESS);
        follow(ADMINISTRATION, COLLEGE_REGISTRATION_PROCESS);

        // Administrators, class teachers and teachers invite people into classes and chats (seed §20.1, §20.3, §20.4).
        // Only administrators read every invitation's history (its variables hold the platform link and names);
        // teachers follow their own invitations over the REST API.
        for (WorkflowGroup group : List.of(WorkflowGroup.ADMINISTRATORS, WorkflowGroup.CLASS_TEACHERS, WorkflowGroup.TEACHERS)) {
            grant(group, Resources.PROCESS_DEFINITION, INVITATION_PROCESS, CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, CREATE);
        }
        follow(WorkflowGroup.ADMINISTRATORS, INVITATION_PROCESS);

        // Moderators (teachers, class teachers, the director and deputies in their chats) and administrators record
        // breaches of a chat's rules; the administration reviews appeals and, with the administrators, reads every
        // breach's history (seed §20.2: «осуществляет контроль»).
        for (WorkflowGroup group : List.of(WorkflowGroup.ADMINISTRATORS, WorkflowGroup.CLASS_TEACHERS, WorkflowGroup.TEACHERS,
                DIRECTOR, ADMINISTRATION)) {
            grant(group, Resources.PROCESS_DEFINITION, BREACH_PROCESS, CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, CREATE);
        }
        follow(WorkflowGroup.ADMINISTRATORS, BREACH_PROCESS);
        follow(ADMINISTRATION, BREACH_PROCESS);

        // Administrators verify the status «учитель» (seed §20.1), also for people who joined without an invitation.
        grant(WorkflowGroup.ADMINISTRATORS, Resources.PROCESS_DEFINITION, VERIFICATION_PROCESS, CREATE_INSTANCE);
        follow(WorkflowGroup.ADMINISTRATORS, VERIFICATION_PROCESS);
        grant(WorkflowGroup.ADMINISTRATORS, Resources.PROCESS_INSTANCE, ANY, CREATE);

        // Administrators propose additional administrators (seed §20.1); the director approves.
        grant(WorkflowGroup.ADMINISTRATORS, Resources.PROCESS_DEFINITION, ADMINISTRATOR_PROCESS, CREATE_INSTANCE);
        follow(WorkflowGroup.ADMINISTRATORS, ADMINISTRATOR_PROCESS);
        // The director's distribution of class teachers: entered by the director, a deputy or an administrator.
        for (WorkflowGroup group : List.of(DIRECTOR, ADMINISTRATION, WorkflowGroup.ADMINISTRATORS)) {
            grant(group, Resources.PROCESS_DEFINITION, DISTRIBUTION_PROCESS, CREATE_INSTANCE);
            follow(group, DISTRIBUTION_PROCESS);
            grant(group, Resources.PROCESS_INSTANCE, ANY, CREATE);
        }

        // Material for the system channels and broadcasts come from the administration and the teachers (seed §20.2);
        // the administrators publish and the administration approves broadcasts; both follow them.
        for (WorkflowGroup group : List.of(DIRECTOR, ADMINISTRATION, WorkflowGroup.ADMINISTRATORS,
                WorkflowGroup.CLASS_TEACHERS, WorkflowGroup.TEACHERS)) {
            grant(group, Resources.PROCESS_DEFINITION, PUBLICATION_PROCESS, CREATE_INSTANCE);
            grant(group, Resources.PROCESS_DEFINITION, BROADCAST_PROCESS, CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, CREATE);
        }
        for (WorkflowGroup group : List.of(ADMINISTRATION, WorkflowGroup.ADMINISTRATORS)) {
            follow(group, PUBLICATION_PROCESS);
            follow(group, BROADCAST_PROCESS);
        }

        // The monthly usage report starts by itself; the director or an administrator may ask for another month's.
        for (WorkflowGroup group : List.of(DIRECTOR, WorkflowGroup.ADMINISTRATORS)) {
            grant(group, Resources.PROCESS_DEFINITION, USAGE_REPORT_PROCESS, CREATE_INSTANCE);
            follow(group, USAGE_REPORT_PROCESS);
            grant(group, Resources.PROCESS_INSTANCE, ANY, CREATE);
        }

        // The destruction of personal data is proposed by administrators and approved by the administration or the
        // director (the commission); both follow its history. Nobody starts it by hand: the daily sweep does.
        for (WorkflowGroup group : List.of(ADMINISTRATION, WorkflowGroup.ADMINISTRATORS)) {
            follow(group, DESTRUCTION_PROCESS);
        }

        // The director follows every process of the college.
        follow(DIRECTOR, ANY);
        grant(DIRECTOR, Resources.PROCESS_DEFINITION, ANY, READ_INSTANCE);
        // …and reads the audit, decision tables' answers included.
        grant(DIRECTOR, Resources.DECISION_DEFINITION, ANY, READ, READ_HISTORY);

        // Auditors read everything, running and finished, and change nothing.
        grant(AUDITORS, Resources.APPLICATION, "cockpit", ACCESS);
        grant(AUDITORS, Resources.PROCESS_DEFINITION, ANY, READ_HISTORY, READ_INSTANCE);
        // No READ on runtime tasks: auditors read tasks through history; writing into a task (comments,
        // attachments), which the engine does not check, is closed by TaskWriteGuard.
        grant(AUDITORS, Resources.PROCESS_INSTANCE, ANY, READ);
        grant(AUDITORS, Resources.DEPLOYMENT, ANY, READ);
        grant(AUDITORS, Resources.DECISION_DEFINITION, ANY, READ, READ_HISTORY);
        grant(AUDITORS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
    }

    /**
     * The staff group follows the process: it reads the process's whole history, and with it its open tasks
     * (READ_TASK; see the class comment) — the one place where the two are given together.
     */
    private void follow(WorkflowGroup group, String processDefinitionKey) {
        grant(group, Resources.PROCESS_DEFINITION, processDefinitionKey, READ_HISTORY, READ_TASK);
    }

    /** Adds the permissions to the group's grant on that resource, creating the grant if there is none. */
    void grant(WorkflowGroup group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group.id())
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group.id());
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
