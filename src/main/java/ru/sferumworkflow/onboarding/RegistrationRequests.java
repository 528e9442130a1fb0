package ru.sferumworkflow.onboarding;

import java.util.List;
import java.util.Optional;

/** Where registration requests are kept. */
public interface RegistrationRequests {

    Optional<RegistrationRequest> find(String id);

    Optional<RegistrationRequest> findByReference(String reference);

    List<RegistrationRequest> findByOrder(String orderId);

    /** The highest sequence number used in that year, 0 when none. */
    int lastSequenceNo(int year);

    void save(RegistrationRequest request);
}
