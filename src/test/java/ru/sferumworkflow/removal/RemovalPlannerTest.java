package ru.sferumworkflow.removal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.chats.ChatKind;
import ru.sferumworkflow.chats.MembershipRole;
import ru.sferumworkflow.roster.MovementKind;

/** Who leaves which chat (seed §21.4): the leaver, the parents with and without another child, a transfer. */
class RemovalPlannerTest {

    static final String OLD = "group-IS21";
    static final String NEW = "group-IS22";
    static final String OTHER = "group-PK11";

    static Seat seat(String person, MembershipRole role, String chat, String group, ChatKind kind) {
        return new Seat("m-" + person + "-" + chat, person, role, chat, group, kind, null);
    }

    @Test
    void aDismissedWorkerLeavesEveryChatAndHasNoParents() {
        List<Seat> seats = List.of(seat("w", MembershipRole.TEACHER, "staff-room", null, ChatKind.STAFF_ROOM),
                seat("w", MembershipRole.TEACHER, "teachers-IS21", OLD, ChatKind.GROUP_TEACHERS));

        RemovalPlanner.Plan plan = RemovalPlanner.plan(MovementKind.DISMISSAL, null, seats, List.of(), Map.of());

        assertThat(plan.toEnd()).containsExactlyElementsOf(seats);
        assertThat(plan.invites()).isEmpty();
    }

    @Test
    void anExpelledStudentsOnlyChildParentLeavesTheGroupChatsAndTheCollegeChats() {
        Seat student = seat("s", MembershipRole.STUDENT, "students-IS21", OLD, ChatKind.GROUP_STUDENTS);
        Seat parentsChat = seat("p", MembershipRole.PARENT, "parents-IS21", OLD, ChatKind.GROUP_PARENTS);
        Seat activists = seat("p", MembershipRole.PARENT, "director-parents", null, ChatKind.DIRECTOR_PARENTS);

        RemovalPlanner.Plan plan = RemovalPlanner.plan(MovementKind.EXPULSION, OLD, List.of(student),
                List.of(new ParentSeats("p", List.of(parentsChat, activists), Set.of())), Map.of());

        assertThat(plan.toEnd()).containsExactly(student, parentsChat, activists);
    }

    @Test
    void aParentWithASecondChildInTheSameGroupStays() {
        Seat student = seat("s", MembershipRole.STUDENT, "students-IS21", OLD, ChatKind.GROUP_STUDENTS);
        Seat parentsChat = seat("p", MembershipRole.PARENT, "parents-IS21", OLD, ChatKind.GROUP_PARENTS);

        RemovalPlanner.Plan plan = RemovalPlanner.plan(MovementKind.GRADUATION, OLD, List.of(student),
                List.of(new ParentSeats("p", List.of(parentsChat), Set.of(OLD))), Map.of());

        assertThat(plan.toEnd()).containsExactly(student);
    }

    @Test
    void aParentWithASecondChildInAnotherGroupLeavesThisGroupButKeepsTheOtherAndTheCollegeChats() {
        Seat student = seat("s", MembershipRole.STUDENT, "students-IS21", OLD, ChatKind.GROUP_STUDENTS);
        Seat parentsChat = seat("p", MembershipRole.PARENT, "parents-IS21", OLD, ChatKind.GROUP_PARENTS);
        Seat otherGroup = seat("p", MembershipRole.PARENT, "parents-PK11", OTHER, ChatKind.GROUP_PARENTS);
        Seat activists = seat("p", MembershipRole.PARENT, "director-parents", null, ChatKind.DIRECTOR_PARENTS);

        RemovalPlanner.Plan plan = RemovalPlanner.plan(MovementKind.EXPULSION, OLD, List.of(student),
                List.of(new ParentSeats("p", List.of(parentsChat, otherGroup, activists), Set.of(OTHER))), Map.of());

        assertThat(plan.toEnd()).containsExactly(student, parentsChat);
    }

    @Test
    void aTransferLeavesTheOldGroupAndInvitesToTheSameChatsOfTheNewOne() {
        Seat students = seat("s", MembershipRole.STUDENT, "students-IS21", OLD, ChatKind.GROUP_STUDENTS);
        Seat activists = seat("s", MembershipRole.STUDENT, "director-students", null, ChatKind.DIRECTOR_STUDENTS);
        Seat math = new Seat("m-math", "s", MembershipRole.STUDENT, "math-IS21", OLD, ChatKind.SUBJECT, "Математика");
        Seat history = new Seat("m-hist", "s", MembershipRole.STUDENT, "hist-IS21", OLD, ChatKind.SUBJECT, "История");
        Seat motherChat = seat("mother", MembershipRole.PARENT, "parents-IS21", OLD, ChatKind.GROUP_PARENTS);
        Seat fatherChat = seat("father", MembershipRole.PARENT, "parents-IS21", OLD, ChatKind.GROUP_PARENTS);
        Map<String, String> newChats = Map.of(
                "GROUP_STUDENTS", "students-IS22",
                "GROUP_PARENTS", "parents-IS22",
                "SUBJECT|математика", "math-IS22");

        RemovalPlanner.Plan plan = RemovalPlanner.plan(MovementKind.TRANSFER, OLD, List.of(students, activists, math, history),
                List.of(new ParentSeats("mother", List.of(motherChat), Set.of()),
                        // The father has another child who stays in the old group: he stays there, and is invited too.
                        new ParentSeats("father", List.of(fatherChat), Set.of(OLD))),
                newChats);

        assertThat(plan.toEnd()).containsExactly(students, math, history, motherChat);
        assertThat(plan.invites()).containsExactly(
                new TransferInvite("students-IS22", MembershipRole.STUDENT, List.of("s")),
                new TransferInvite("math-IS22", MembershipRole.STUDENT, List.of("s")),
                new TransferInvite("parents-IS22", MembershipRole.PARENT, List.of("mother", "father")));
        assertThat(plan.withoutCounterpart()).containsExactly(history);
    }

    @Test
    void anInviteTravelsThroughTheModelAsText() {
        TransferInvite invite = new TransferInvite("chat-1", MembershipRole.PARENT, List.of("p1", "p2"));
        assertThat(TransferInvite.decode(invite.encode())).isEqualTo(invite);
    }
}
