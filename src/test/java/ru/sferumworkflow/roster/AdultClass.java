package ru.sferumworkflow.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;

import ru.sferumworkflow.platform.WebappClient;

/**
 * A new group of adult students, each with an e-mail of their own, and the group's class chat — for the tests that
 * count letters per recipient (an adult's invitation goes to the adult alone).
 */
public record AdultClass(String code, String chatId, List<String> addresses) {

    private static final String LETTERS = "абвгдежзиклмнопрстуф";

    public static AdultClass create(WebappClient admin, String prefix, int students) {
        String code = prefix + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + code + ";1\n", Duration.ofSeconds(60));
        String birth = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now().minusYears(19));
        StringBuilder file = new StringBuilder("Номер личного дела;ФИО;Дата рождения;Группа;E-mail\n");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            String number = code + "-" + i;
            String address = ("s" + number + "@mail.test").toLowerCase().replaceAll("[^a-z0-9@.-]", "x");
            addresses.add(address);
            // Surnames of letters only, one per line of the group: «Почтов» + two letters from the line's number.
            file.append(number).append(";Почтов").append(LETTERS.charAt(i % 20)).append(LETTERS.charAt(i / 20 % 20))
                    .append(LETTERS.charAt(i / 400 % 20)).append(" Иван Петрович;").append(birth).append(';').append(code)
                    .append(';').append(address).append('\n');
        }
        RosterUploads.loaded(admin, "STUDENTS", file.toString(), Duration.ofMinutes(5));
        String groupId = RosterUploads.groupId(admin, code);
        HttpResponse<String> chat = admin.post("sferum/api/chats", Json.createObjectBuilder().add("kind", "CLASS")
                .add("title", "Класс " + code).add("groupId", groupId).build());
        assertThat(chat.statusCode()).as(chat.body()).isEqualTo(201);
        return new AdultClass(code, object(chat).getString("id"), List.copyOf(addresses));
    }

    /** The invitation of every student of the group into the class chat, as the administrator issues it. */
    public HttpResponse<String> invite(WebappClient inviter) {
        return inviter.post("sferum/api/invitations", Json.createObjectBuilder().add("chatId", chatId)
                .add("role", "STUDENT").add("platformLink", "https://sferum.ru/invite/" + chatId)
                .add("recipients", "ALL_STUDENTS").build());
    }
}
