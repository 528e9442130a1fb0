package ru.sferumworkflow.onboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Colleges and their onboarding steps for process tests. */
class InMemoryColleges implements Colleges {

    private final Map<String, College> colleges = new HashMap<>();
    private final List<OnboardingStep> steps = new ArrayList<>();

    @Override
    public Optional<College> find(String id) {
        return Optional.ofNullable(colleges.get(id));
    }

    @Override
    public void save(College college) {
        colleges.put(college.id(), college);
    }

    @Override
    public void record(OnboardingStep step) {
        steps.add(step);
    }

    @Override
    public List<OnboardingStep> steps(String collegeId) {
        return steps.stream().filter(step -> step.collegeId().equals(collegeId)).toList();
    }

    void clear() {
        colleges.clear();
        steps.clear();
    }
}
