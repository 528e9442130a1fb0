package ru.sferumworkflow.onboarding;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The college's groups (классы of the platform's structure) as the administrator typed them, one per line:
 * {@code ${groupList.of(groupCodes)}} gives the model's multi-instance «Создать класс …» its list.
 * Kept as text in the process, so no serialized collection is stored.
 */
@ApplicationScoped
@Named("groupList")
public class GroupList {

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
