package ru.sferumworkflow.platform;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the current engine call: the logged-in user of Tasklist or of the REST API. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<String> id(ProcessEngineServices engine) {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        return Optional.ofNullable(authentication).map(Authentication::getUserId);
    }
}
