package ru.sferumworkflow.platform;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A step the application takes on its own after it has checked the user's right to ask for it — starting
 * «Удаление из чатов» for a movement event, moving an invitation on after a revocation — so that the engine does not
 * demand rights that no user should have (nobody may start or steer these processes by hand).
 */
public final class SystemCall {

    private SystemCall() {
    }

    public static <T> T run(ProcessEngine engine, Supplier<T> call) {
        CommandContext running = Context.getCommandContext();
        if (running != null) {
            // Inside the engine's own call (a listener, a delegate): the call shares its context and its checks.
            return running.runWithoutAuthorization(call::get);
        }
        IdentityService identity = engine.getIdentityService();
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return call.get();
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }
}
