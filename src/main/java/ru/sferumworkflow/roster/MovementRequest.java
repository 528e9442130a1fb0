package ru.sferumworkflow.roster;

/** A movement event as an administrator enters it: the kind, the order, and the new group for a transfer or return. */
public record MovementRequest(String personId, String kind, String orderNumber, String orderDate, String toGroupId,
        String importId) {
}
