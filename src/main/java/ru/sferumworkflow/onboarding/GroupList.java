package ru.sferumworkflow.onboarding;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The college's groups (классы of the platform's structure): {@link #of} reads them as the administrator typed
 * them, one per line; {@code ${groupList.ofCollege(execution)}} gives the model's multi-instance «Создать класс …»
 * the list kept in the college's row — not a process variable, which a form could change.
 */
@ApplicationScoped
@Named("groupList")
public class GroupList {

    @Inject
    Colleges colleges;

    public GroupList() {
    }

    public GroupList(Colleges colleges) {
        this.colleges = colleges;
    }

    public List<String> ofCollege(DelegateExecution execution) {
        return colleges.find(execution.getTenantId()).map(College::structureGroups).orElse(List.of());
    }

    public List<String> of(Object text) {
        if (text == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(text.toString().split("\\R"))
                .map(line -> line.trim().replaceAll("\\s+", " "))
                .filter(line -> !line.isEmpty())
                .toList()));
    }
}
