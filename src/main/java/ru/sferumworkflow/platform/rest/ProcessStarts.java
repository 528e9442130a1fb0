package ru.sferumworkflow.platform.rest;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import ru.sferumworkflow.validation.Refusal;

/**
 * A process started over our REST API as the caller, with the same checks as its Tasklist form: a refused start
 * form is a 400 with the form's Russian message, a start the caller has no right to is a 403 with ours.
 */
public final class ProcessStarts {

    private ProcessStarts() {
    }

    /** The new instance's id. */
    public static String start(ProcessEngine engine, String processKey, Map<String, Object> variables,
            String forbidden) {
        try {
            return engine.getRuntimeService().createProcessInstanceByKey(processKey)
                    .processDefinitionWithoutTenantId()
                    .setVariables(variables)
                    .execute().getId();
        } catch (FormFieldValidationException e) {
            throw new Refusal(e.getMessage());
        } catch (AuthorizationException e) {
            throw ApiErrors.forbidden(forbidden);
        }
    }
}
