package ru.sferumworkflow.removal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The administrators' letter: each chat with who confirmed and when, a late one marked, what is left to do. */
class RemovalSummaryTest {

    @Test
    void namesEachChatWhoConfirmedAndWhatTheNewGroupLacks() {
        ChatRemoval onTime = new ChatRemoval("college", "movement", "chat-1", "process", OffsetDateTime.now());
        onTime.done("curator", OffsetDateTime.of(2026, 11, 30, 7, 15, 0, 0, ZoneOffset.UTC));
        ChatRemoval late = new ChatRemoval("college", "movement", "chat-2", "process", OffsetDateTime.now());
        late.escalated(OffsetDateTime.now());
        late.done("sferum-admin", OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC));

        String text = RemovalSummary.text("Переводов Лев Ильич", "Перевод в другую группу, приказ № 40-у от 29.11.2026",
                List.of(new RemovalSummary.ChatLine("Обучающиеся ИС-21", 1, onTime),
                        new RemovalSummary.ChatLine("Родители ИС-21", 2, late)),
                1, 2, "Класс ИС-21", user -> user.equals("curator") ? "Елена Андреевна Волкова" : "Анна Сергеевна Кузнецова");

        assertThat(text).contains("Переводов Лев Ильич — Перевод в другую группу, приказ № 40-у от 29.11.2026.",
                "- «Обучающиеся ИС-21»: участников — 1, подтвердил(а) Елена Андреевна Волкова 30.11.2026 10:15\n",
                "- «Родители ИС-21»: участников — 2, подтвердил(а) Анна Сергеевна Кузнецова 01.12.2026 12:00 "
                        + "(модератор не успел за 1 рабочий день)",
                "Закрыто неиспользованных личных ссылок: 1", "Приглашений в чаты новой группы: 2",
                "В новой группе нет таких чатов, как Класс ИС-21");
    }

    @Test
    void aPersonWithoutChatsStillGetsALineThatSaysSo() {
        assertThat(RemovalSummary.text("Увольняев Ян", "Увольнение, приказ № 1-к от 29.11.2026", List.of(), 2, 0, "",
                user -> user)).contains("Из чатов удалять было некого.", "Закрыто неиспользованных личных ссылок: 2")
                .doesNotContain("Приглашений", "В новой группе");
    }
}
