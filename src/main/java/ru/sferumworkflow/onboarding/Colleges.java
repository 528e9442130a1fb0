package ru.sferumworkflow.onboarding;

import java.util.List;
import java.util.Optional;

/** The colleges' own data and their onboarding steps. */
public interface Colleges {

    Optional<College> find(String id);

    void save(College college);

    void record(OnboardingStep step);

    List<OnboardingStep> steps(String collegeId);
}
