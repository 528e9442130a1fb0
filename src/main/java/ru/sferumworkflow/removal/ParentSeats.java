package ru.sferumworkflow.removal;

import java.util.List;
import java.util.Set;

/**
 * A parent of the student who leaves: their active memberships, and the groups of their other children who stay
 * in the college (the leaving child excluded).
 */
public record ParentSeats(String parentId, List<Seat> seats, Set<String> otherChildrenGroups) {
}
