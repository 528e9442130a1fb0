package ru.sferumworkflow.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Registration requests for process tests. */
class InMemoryRegistrationRequests implements RegistrationRequests {

    private final Map<String, RegistrationRequest> rows = new LinkedHashMap<>();

    @Override
    public Optional<RegistrationRequest> findByReference(String reference) {
        return rows.values().stream().filter(request -> request.reference().equals(reference)).findFirst();
    }

    @Override
    public Optional<RegistrationRequest> latestOfProcess(String processInstanceId) {
        return rows.values().stream().filter(request -> processInstanceId.equals(request.processInstanceId()))
                .max(java.util.Comparator.comparingInt(RegistrationRequest::year).thenComparingInt(RegistrationRequest::sequenceNo));
    }

    @Override
    public int lastSequenceNo(int year) {
        return rows.values().stream().filter(request -> request.year() == year)
                .mapToInt(RegistrationRequest::sequenceNo).max().orElse(0);
    }

    @Override
    public void save(RegistrationRequest request) {
        rows.put(request.id(), request);
    }

    List<RegistrationRequest> all() {
        return List.copyOf(rows.values());
    }

    void clear() {
        rows.clear();
    }
}
