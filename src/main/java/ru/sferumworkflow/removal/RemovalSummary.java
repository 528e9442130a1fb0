package ru.sferumworkflow.removal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import ru.sferumworkflow.platform.Clock;

/** The letter the administrators get when a removal is complete: what ended where, who confirmed it, what is left. */
final class RemovalSummary {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** One chat's line: its title, how many left it, who confirmed, and whether the moderator's day had passed. */
    record ChatLine(String title, int people, ChatRemoval removal) {
    }

    private RemovalSummary() {
    }

    static String subject(String personName) {
        return "Удаление из чатов завершено: " + personName;
    }

    static String text(String personName, String event, List<ChatLine> chats, int revokedLinks, int invites,
            String withoutCounterpart, Function<String, String> userName) {
        StringBuilder text = new StringBuilder();
        text.append(personName).append(" — ").append(event).append(".\n\n");
        if (chats.isEmpty()) {
            text.append("Из чатов удалять было некого.\n");
        } else {
            text.append("Удалены из чатов (подтверждено на платформе):\n");
            for (ChatLine chat : chats) {
                ChatRemoval removal = chat.removal();
                text.append("- «").append(chat.title()).append("»: участников — ").append(chat.people())
                        .append(", подтвердил(а) ").append(userName.apply(removal.doneBy())).append(' ')
                        .append(WHEN.format(removal.doneAt().atZoneSameInstant(Clock.COLLEGE_ZONE)))
                        .append(removal.escalatedAt() == null ? "" : " (модератор не успел за 1 рабочий день)")
                        .append('\n');
            }
        }
        text.append("\nЗакрыто неиспользованных личных ссылок: ").append(revokedLinks).append('\n');
        if (invites > 0) {
            text.append("Приглашений в чаты новой группы: ").append(invites).append('\n');
        }
        if (withoutCounterpart != null && !withoutCounterpart.isBlank()) {
            text.append("В новой группе нет таких чатов, как ").append(withoutCounterpart)
                    .append(": когда их заведут, пригласите переведённого обычным приглашением.\n");
        }
        text.append("\nПисьмо отправлено автоматически процессом «Удаление из чатов».\n");
        return text.toString();
    }
}
