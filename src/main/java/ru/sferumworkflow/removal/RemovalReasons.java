package ru.sferumworkflow.removal;

import ru.sferumworkflow.chats.MembershipRole;
import ru.sferumworkflow.roster.Movement;

/** The words a membership's end and the tasks use for a movement event: the event and the order behind it. */
public final class RemovalReasons {

    private RemovalReasons() {
    }

    /** «приказ № 12-к от 01.09.2026» — the document behind the end of each membership. */
    public static String document(Movement movement) {
        return movement.document();
    }

    /** «Увольнение, приказ № 12-к от 01.09.2026». */
    public static String event(Movement movement) {
        if (!movement.kind().byOrder()) {
            // «Отзыв согласия на обработку персональных данных (по личной ссылке) от 29.11.2026».
            return movement.kind().title() + " (" + movement.orderNumber() + ") от "
                    + movement.orderDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        }
        return movement.kind().title() + ", " + document(movement);
    }

    /** Why this membership ends: the event itself, or for a parent the event of their child. */
    public static String of(Movement movement, MembershipRole role, boolean leaver) {
        if (leaver || role != MembershipRole.PARENT) {
            return event(movement);
        }
        // Not reached for a withdrawal of consent: it ends only the subject's own chats (PlanRemoval).
        return "Ребёнок выбыл из группы (" + movement.kind().title().toLowerCase(java.util.Locale.ROOT) + "), "
                + document(movement);
    }
}
