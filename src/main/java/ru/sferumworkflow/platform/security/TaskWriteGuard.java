package ru.sferumworkflow.platform.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.rest.JsonError;

/**
 * Comments and attachments go only on a task the user may work on. Camunda 7.24 CE checks no permission when
 * adding them: anyone who can read a task's history — an auditor — could write into it. The REST entry point
 * lets the request through only when the task is among the user's own open tasks (assignee or candidate).
 */
@WebFilter(filterName = "TaskWriteGuard", urlPatterns = "/api/engine/*")
public class TaskWriteGuard extends HttpFilter {

    private static final Pattern TASK_WRITE = Pattern.compile("^/api/engine/engine/[^/]+/task/([^/]+)/(comment|attachment)/create$");

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher write = TASK_WRITE.matcher(QueryExpressionGuard.normalisedPath(request));
        if (write.matches() && !mayWorkOn(write.group(1))) {
            JsonError.send(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                    "Комментарии и вложения к задаче добавляют только те, кому она назначена или предложена.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Runs under the caller's authentication, which the web apps' login set for this request. Seeing the task is not
     * enough: groups that follow a process read all its open tasks (GroupAuthorizations), also those of others.
     */
    private boolean mayWorkOn(String taskId) {
        var engine = bootstrap.processEngine();
        var authentication = engine.getIdentityService().getCurrentAuthentication();
        if (authentication == null) {
            return false;
        }
        var tasks = engine.getTaskService();
        String user = authentication.getUserId();
        return tasks.createTaskQuery().taskId(taskId).taskAssignee(user).count() == 1
                || tasks.createTaskQuery().taskId(taskId).taskCandidateUser(user).includeAssignedTasks().count() == 1;
    }
}
