package ru.sferumworkflow.platform.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Two users changed the same thing at the same moment and this request lost — the engine noticed it, or the commit
 * of our transaction did: 409 with a Russian message instead of a 500; nothing of the losing request was saved.
 */
public final class ConflictMapper {

    static final String MESSAGE = "Эти данные как раз изменил другой пользователь, поэтому ничего не сохранено. "
            + "Обновите страницу и повторите, если это ещё нужно.";

    private ConflictMapper() {
    }

    public static boolean isConflict(Throwable e) {
        return Causes.any(e, cause -> cause instanceof OptimisticLockException || cause instanceof OptimisticLockingException
                || cause instanceof RollbackException);
    }

    static Response conflict() {
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(JsonError.body("Conflict", MESSAGE))
                .build();
    }

    /** The engine's own optimistic locking, inside a command. */
    @Provider
    public static class Engine implements ExceptionMapper<OptimisticLockingException> {
        @Override
        public Response toResponse(OptimisticLockingException e) {
            return conflict();
        }
    }

    /** Our own optimistic locking, when a query flushed a change another transaction had just made. */
    @Provider
    public static class Rows implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return conflict();
        }
    }

    /**
     * The commit of a {@code @Transactional} request failed: a conflict is a 409, a lost database a 503, anything else
     * an error of ours with its reference — as for any other failure.
     */
    @Provider
    public static class Commit implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            return new UnexpectedErrorMapper().toResponse(e);
        }
    }
}
