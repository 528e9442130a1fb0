package ru.sferumworkflow.platform.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks without the read that precedes them. Before its first check in a command the
 * engine reads every distinct group named in ACT_RU_AUTHORIZATION, to leave out of the check those of the user's
 * groups that hold no grant — which helps users in hundreds of directory groups. Ours are in two or three, and the
 * table holds a row for every open task a group may work on ({@link CandidateGroupTaskGrants}), so that read grew with
 * the open tasks: 9 ms on PostgreSQL at 100,000, in every request of every logged-in user (docs/performance.md,
 * «Tasklist»). A group without a grant matches no row of any check, so keeping it in the check changes no answer.
 */
public class UnfilteredGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        // The engine's own empty list: MyBatis inspects it by reflection, which Collections.emptyList() does not allow.
        return authenticatedGroupIds == null || authenticatedGroupIds.isEmpty() ? EMPTY_LIST
                : new ArrayList<>(authenticatedGroupIds);
    }

    /** Registered as a custom session factory, it takes the place of the engine's own for the same session type. */
    public static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new UnfilteredGroupsAuthorizationManager();
        }
    }
}
