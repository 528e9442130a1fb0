package ru.sferumworkflow.platform.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.platform.UserNames;
import ru.sferumworkflow.platform.rest.DatabaseOutage;
import ru.sferumworkflow.platform.rest.JsonError;

/**
 * Camunda's REST API (Tasklist, Cockpit) answers every failure of the engine with a 500 and the engine's English
 * text — for two cases people meet in normal work, that is neither true nor helpful:
 * <ul>
 * <li>two people act on one task at the same moment (both claim it, both complete it): the loser reads «is already
 * claimed by someone else» or «Entity was updated by another transaction concurrently». Now: 409, in Russian, who
 * has the task or that it is done; nothing of the losing request was saved (the engine rolled it back);</li>
 * <li>the database is unreachable: the text names the connection pool and the driver. Now: 503 in Russian, try
 * again shortly.</li>
 * </ul>
 * A task whose completion another user finished a moment earlier may also be refused as «no permission» (403): its
 * rights went with it. On a task action that 403 becomes the same 409 when the task is gone.
 * Only an answer of 500 and more (on a task action, also 403) is held back and looked at; every other answer streams
 * through untouched.
 */
@WebFilter(filterName = "EngineErrorAnswers", urlPatterns = "/api/engine/*")
public class EngineErrorAnswers extends HttpFilter {

    private static final Pattern TASK_ACTION = Pattern.compile(
            "^/api/engine/engine/[^/]+/task/([^/]+)/(claim|unclaim|complete|submit-form|assignee|delegate|resolve)$");

    static final String GONE = "Эту задачу уже выполнил другой пользователь или её закрыл процесс: ваше действие не "
            + "сохранено. Обновите список задач.";
    static final String CHANGED = "Эту задачу как раз изменил другой пользователь: ваше действие не сохранено. "
            + "Обновите задачу и повторите, если это ещё нужно.";

    @Inject
    ProcessEngineBootstrap bootstrap;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/SferumDS")
    DataSource dataSource;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher action = TASK_ACTION.matcher(QueryExpressionGuard.normalisedPath(request));
        boolean taskAction = action.matches() && !"GET".equals(request.getMethod());
        HeldFailure held = new HeldFailure(response, taskAction);
        chain.doFilter(request, held);
        held.flushWriter();
        if (!held.isHeld()) {
            return;
        }
        String answer = held.text();
        try {
            // The engine names a lost database vaguely («an exception in the persistence layer»): ask the database.
            if (DatabaseOutage.mayBeNamedIn(answer) && !DatabaseOutage.isReachable(dataSource)) {
                response.setContentLengthLong(-1);
                DatabaseOutage.send(response);
                return;
            }
            String message = taskAction ? conflictMessage(action.group(1), action.group(2), held.getStatus(), answer) : null;
            if (message != null) {
                // Nothing of the engine's answer has gone out; the headers set before it (security, session) stay.
                response.setContentLengthLong(-1);
                JsonError.send(response, HttpServletResponse.SC_CONFLICT, "TaskConflict", message);
                return;
            }
        } catch (RuntimeException lookingFailed) {
            // The task could not be read (the database went meanwhile): the engine's own answer goes out.
        }
        held.passOn();
    }

    /**
     * What another user's action did to the task, read from the task as it now is (the engine's answer differs with
     * the database and the moment: a lost lock, a timeout, «already claimed»); null when the failure is not a race.
     */
    private String conflictMessage(String taskId, String action, int status, String engineAnswer) {
        ProcessEngine engine = bootstrap.processEngine();
        Task task = SystemCall.run(engine, () -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            return GONE;
        }
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            // The task is there: a refusal of rights, not a race.
            return null;
        }
        String assignee = task.getAssignee();
        var caller = engine.getIdentityService().getCurrentAuthentication();
        if ("claim".equals(action) && assignee != null && (caller == null || !assignee.equals(caller.getUserId()))) {
            String name = SystemCall.run(engine, () -> UserNames.fullName(engine, assignee));
            return "Эту задачу уже взял(а) в работу " + name + ": ваше действие не сохранено. Выберите другую задачу "
                    + "или попросите коллегу вернуть эту.";
        }
        if (engineAnswer.contains("OptimisticLockingException") || engineAnswer.contains("ENGINE-03005")) {
            return CHANGED;
        }
        return null;
    }

    /**
     * Passes the answer straight through unless its status, when the body starts, is 500 or more: then the body is
     * held (an error of the engine is a few hundred bytes) until the filter has decided what goes out.
     */
    private static final class HeldFailure extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private Boolean held;
        private ServletOutputStream stream;
        private PrintWriter writer;

        /** Holds 500 and more; on a task action also 403 — the engine's answer when the task went in mid-request. */
        private final boolean holdsForbidden;

        HeldFailure(HttpServletResponse response, boolean holdsForbidden) {
            super(response);
            this.holdsForbidden = holdsForbidden;
        }

        private boolean holding() {
            if (held == null) {
                held = getStatus() >= 500 || holdsForbidden && getStatus() == HttpServletResponse.SC_FORBIDDEN;
            }
            return held;
        }

        boolean isHeld() {
            return held != null && held;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                // The response's own stream is asked for only when the answer passes through: when it is held, the
                // filter may still answer with a writer of its own.
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        if (holding()) {
                            body.write(b);
                        } else {
                            original().write(b);
                        }
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        if (holding()) {
                            body.write(bytes, offset, length);
                        } else {
                            original().write(bytes, offset, length);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        if (!holding()) {
                            original().flush();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("Ответы REST движка пишутся синхронно");
                    }
                };
            }
            return stream;
        }

        private ServletOutputStream original() throws IOException {
            return getResponse().getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
            }
            return writer;
        }

        @Override
        public void resetBuffer() {
            body.reset();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            body.reset();
            held = null;
            super.reset();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (!holding()) {
                super.flushBuffer();
            }
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return body.toString(java.nio.charset.Charset.forName(getCharacterEncoding()));
        }

        void passOn() throws IOException {
            text();
            HttpServletResponse original = (HttpServletResponse) getResponse();
            if (body.size() > 0) {
                original.setContentLength(body.size());
                original.getOutputStream().write(body.toByteArray());
            }
            original.flushBuffer();
        }
    }
}
