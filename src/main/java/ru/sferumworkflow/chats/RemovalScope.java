package ru.sferumworkflow.chats;

import java.time.format.DateTimeFormatter;
import java.util.List;

import ru.sferumworkflow.roster.Movement;
import ru.sferumworkflow.roster.MovementKind;

/**
 * Which of a person's memberships a movement event ends: every one for a person who leaves; for a transfer only
 * those in the chats of the group they leave (seed §21.4).
 */
public final class RemovalScope {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RemovalScope() {
    }

    public static List<Membership> membershipsToEnd(Movement movement, List<Membership> active, JpaChats chats) {
        if (movement.kind() != MovementKind.TRANSFER) {
            return active;
        }
        return active.stream()
                .filter(membership -> chats.chat(movement.collegeId(), membership.chatId())
                        .map(chat -> movement.fromGroupId() != null && movement.fromGroupId().equals(chat.groupId()))
                        .orElse(false))
                .toList();
    }

    /** «приказ № 12-к от 01.09.2026» — the document behind the end of each membership. */
    public static String document(Movement movement) {
        return "приказ № " + movement.orderNumber() + " от " + DATE.format(movement.orderDate());
    }

    public static String reason(Movement movement) {
        return movement.kind().title() + ", " + document(movement);
    }
}
