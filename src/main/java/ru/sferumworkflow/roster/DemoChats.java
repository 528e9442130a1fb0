package ru.sferumworkflow.roster;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.ChatKind;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.chats.MembershipRole;
import ru.sferumworkflow.platform.Clock;

/**
 * The demo chats: the «Учительская», the class ИС-21, its parents' chat, and its group chat with the students and
 * their parents already in it — moderated by the class teacher.
 */
@ApplicationScoped
public class DemoChats {

    @Inject
    JpaRoster roster;

    @Inject
    JpaChats chats;

    @Transactional
    public void create(String college) {
        StudyGroup group = roster.snapshot(college).group("ИС-21").orElse(null);
        if (group == null || !chats.chats(college).isEmpty()) {
            return;
        }
        chats.persist(new Chat(college, ChatKind.STAFF_ROOM, "Учительская", null, null,
                roster.snapshot(college).person(PersonRole.STAFF, "0003").map(Person::id).orElse(null), "demo", Clock.now()));
        chats.persist(new Chat(college, ChatKind.CLASS, "Класс ИС-21", group.id(), null, group.classTeacherId(), "demo",
                Clock.now()));
        chats.persist(new Chat(college, ChatKind.GROUP_PARENTS, "ИС-21: родители", group.id(), null,
                group.classTeacherId(), "demo", Clock.now()));
        Chat chat = new Chat(college, ChatKind.GROUP_STUDENTS, "ИС-21: обучающиеся и родители", group.id(), null,
                group.classTeacherId(), "demo", Clock.now());
        chats.persist(chat);
        Set<String> parents = new LinkedHashSet<>();
        for (Person student : roster.search(college,
                new PersonFilter(null, PersonRole.STUDENT, group.id(), PersonStatus.ACTIVE), 0, 100).items()) {
            chats.persist(new Membership(college, student.id(), chat.id(), MembershipRole.STUDENT, "demo", Clock.now()));
            roster.links(student.id()).forEach(link -> parents.add(link.parentId()));
        }
        parents.forEach(parent -> chats.persist(
                new Membership(college, parent, chat.id(), MembershipRole.PARENT, "demo", Clock.now())));
    }
}
