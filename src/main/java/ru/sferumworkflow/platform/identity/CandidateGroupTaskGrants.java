package ru.sferumworkflow.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's own grants, with one difference: a task's candidate group that already reads every open task of
 * the process by a grant on its definition (READ_TASK, given with READ_HISTORY in GroupAuthorizations) gets a grant
 * on the task to work on it (claim, complete), not to read it.
 *
 * <p>Why: every task query — each list and count in Tasklist — joins the tasks with the user's grants that allow
 * reading a task. With one such grant per open task, PostgreSQL counted an administrator's 1,000 open tasks by
 * comparing each with each grant (0.2 s) and 100,000 by three index lookups per task (1.3 s); with the grant on the
 * definition, one row for all of them, the same counts take 3.5 ms and 0.2 s (docs/performance.md, «Tasklist»).
 * Who may work on a task is unchanged: still the candidate group, task by task.
 */
public class CandidateGroupTaskGrants extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        if (isHistoricInstancePermissionsEnabled() || !readsEveryOpenTask(groupId, task)) {
            return super.newTaskGroupIdentityLink(task, groupId, type);
        }
        return new AuthorizationEntity[] {
                createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false, getDefaultUserPermissionForTask())};
    }

    /** Whether the group holds READ_TASK on the task's process definition, by its key or on every definition. */
    private boolean readsEveryOpenTask(String groupId, Task task) {
        ProcessDefinitionEntity definition = ((TaskEntity) task).getProcessDefinition();
        if (definition == null) {
            return false;
        }
        for (String resourceId : List.of(definition.getKey(), ANY)) {
            AuthorizationEntity grant = getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(AUTH_TYPE_GRANT,
                    groupId, Resources.PROCESS_DEFINITION, resourceId);
            if (grant != null && grant.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK)) {
                return true;
            }
        }
        return false;
    }
}
