package ru.sferumworkflow.removal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.sferumworkflow.chats.MembershipRole;
import ru.sferumworkflow.roster.MovementKind;

/**
 * Who leaves which chat after a movement event (seed §21.4), decided from the data alone so that every rule can
 * be tested without a database:
 * <ul>
 * <li>a dismissed worker, an expelled or a graduated student leaves every chat; a transferred student leaves only
 * the chats of the group they leave;</li>
 * <li>a parent leaves a chat of that group unless another child of theirs stays in the group; a parent leaves a
 * chat of the whole college (the director's parent activists) only when no child of theirs stays in the college;</li>
 * <li>a transfer invites the student and the parents to the new group's chats that play the same part as the old
 * ones.</li>
 * </ul>
 */
public final class RemovalPlanner {

    private RemovalPlanner() {
    }

    /** The memberships to end and, for a transfer, the invitations to issue. */
    public record Plan(List<Seat> toEnd, List<TransferInvite> invites, List<Seat> withoutCounterpart) {
    }

    /**
     * @param newGroupChats for a transfer, the chats of the new group by the part they play ({@link Seat#partInGroup()});
     *                      empty otherwise
     */
    public static Plan plan(MovementKind kind, String fromGroupId, List<Seat> leaverSeats, List<ParentSeats> parents,
            Map<String, String> newGroupChats) {
        boolean transfer = kind == MovementKind.TRANSFER;
        List<Seat> toEnd = new ArrayList<>();
        for (Seat seat : leaverSeats) {
            if (!transfer || inGroup(seat, fromGroupId)) {
                toEnd.add(seat);
            }
        }
        for (ParentSeats parent : parents) {
            for (Seat seat : parent.seats()) {
                if (parentLeaves(seat, parent, fromGroupId, transfer)) {
                    toEnd.add(seat);
                }
            }
        }
        if (!transfer) {
            return new Plan(toEnd, List.of(), List.of());
        }
        Map<String, TransferInvite> invites = new LinkedHashMap<>();
        List<Seat> withoutCounterpart = new ArrayList<>();
        List<Seat> oldGroupSeats = new ArrayList<>(leaverSeats);
        parents.forEach(parent -> oldGroupSeats.addAll(parent.seats()));
        for (Seat seat : oldGroupSeats) {
            if (!inGroup(seat, fromGroupId) || seat.role() == MembershipRole.MODERATOR) {
                continue;
            }
            String newChat = newGroupChats.get(seat.partInGroup());
            if (newChat == null) {
                withoutCounterpart.add(seat);
                continue;
            }
            invites.computeIfAbsent(newChat + ";" + seat.role(), key -> new TransferInvite(newChat, seat.role(), new ArrayList<>()))
                    .personIds().add(seat.personId());
        }
        return new Plan(toEnd, List.copyOf(invites.values()), withoutCounterpart);
    }

    private static boolean parentLeaves(Seat seat, ParentSeats parent, String fromGroupId, boolean transfer) {
        if (seat.chatGroupId() == null) {
            // A transferred child stays in the college, and so does a parent with another child here.
            return !transfer && parent.otherChildrenGroups().isEmpty();
        }
        return inGroup(seat, fromGroupId) && !parent.otherChildrenGroups().contains(fromGroupId);
    }

    private static boolean inGroup(Seat seat, String groupId) {
        return groupId != null && groupId.equals(seat.chatGroupId());
    }
}
