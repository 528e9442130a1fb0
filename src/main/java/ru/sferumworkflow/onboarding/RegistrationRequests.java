package ru.sferumworkflow.onboarding;

import java.util.List;
import java.util.Optional;

/** Where registration requests are kept. */
public interface RegistrationRequests {

    Optional<RegistrationRequest> find(String id);

    Optional<RegistrationRequest> findByReference(String reference);

    List<RegistrationRequest> findByOrder(String orderId);

    /**
     * The newest request of a registration process — how the steps find their request: never by a process
     * variable, which a client can set with a form.
     */
    Optional<RegistrationRequest> latestOfProcess(String processInstanceId);

    /** The highest sequence number used in that year, 0 when none. */
    int lastSequenceNo(int year);

    void save(RegistrationRequest request);
}
