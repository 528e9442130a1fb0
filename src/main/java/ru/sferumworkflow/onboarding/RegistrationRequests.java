package ru.sferumworkflow.onboarding;

import java.util.Optional;

/** Where registration requests are kept. */
public interface RegistrationRequests {

    Optional<RegistrationRequest> findByReference(String reference);

    /**
     * The newest request of a registration process — how the steps find their request: never by a process
     * variable, which a client can set with a form.
     */
    Optional<RegistrationRequest> latestOfProcess(String processInstanceId);

    /** The highest sequence number used in that year, 0 when none. */
    int lastSequenceNo(int year);

    void save(RegistrationRequest request);
}
