package ru.sferumworkflow.invitation;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.ChatKind;
import ru.sferumworkflow.chats.MembershipRole;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.roster.PersonRole;
import ru.sferumworkflow.roster.StudyGroup;
import ru.sferumworkflow.validation.Refusal;

/**
 * Who may invite whom where (seed §20.1, §20.3–20.6, §21.4): administrators into anything; a class teacher into
 * the chats of their group and the chats they moderate; a teacher into the chats they moderate. Students go only
 * where students belong, parents only where parents belong.
 */
public final class InvitationRules {

    private static final Map<MembershipRole, Set<ChatKind>> WHERE = Map.of(
            MembershipRole.TEACHER, EnumSet.allOf(ChatKind.class),
            MembershipRole.STUDENT, EnumSet.of(ChatKind.CLASS, ChatKind.GROUP_STUDENTS, ChatKind.SUBJECT,
                    ChatKind.DIRECTOR_STUDENTS, ChatKind.CHANNEL, ChatKind.OTHER),
            MembershipRole.PARENT, EnumSet.of(ChatKind.GROUP_STUDENTS, ChatKind.GROUP_PARENTS,
                    ChatKind.DIRECTOR_PARENTS, ChatKind.CHANNEL, ChatKind.OTHER));

    private InvitationRules() {
    }

    /** The roster role of the people invited in a platform role. */
    public static PersonRole personRole(MembershipRole role) {
        return switch (role) {
            case TEACHER -> PersonRole.STAFF;
            case STUDENT -> PersonRole.STUDENT;
            case PARENT -> PersonRole.PARENT;
            case MODERATOR -> throw new Refusal("Модератора не приглашают: его назначают, когда заводят чат.");
        };
    }

    public static void checkRoleFits(MembershipRole role, Chat chat) {
        personRole(role);
        if (!WHERE.get(role).contains(chat.kind())) {
            throw new Refusal("В «" + chat.kind().title() + "» не приглашают в роли «" + role.title() + "»: "
                    + (role == MembershipRole.PARENT
                            ? "родителей — только в чаты с родителями, групповые чаты с обучающимися и родителями и системные каналы."
                            : "обучающихся — только в классы, чаты обучающихся и по дисциплинам, системные каналы."));
        }
    }

    /**
     * @param groups the issuer's Camunda groups
     * @param issuerPersonId the issuer's staff record (the account an administrator linked), null if none
     * @param group the chat's study group, null if the chat has none
     */
    public static void checkIssuerMay(List<String> groups, String issuerPersonId, Chat chat, StudyGroup group) {
        if (groups.contains(WorkflowGroup.ADMINISTRATORS.id())) {
            return;
        }
        boolean moderates = issuerPersonId != null && issuerPersonId.equals(chat.moderatorId());
        boolean leadsGroup = groups.contains(WorkflowGroup.CLASS_TEACHERS.id()) && issuerPersonId != null
                && group != null && issuerPersonId.equals(group.classTeacherId());
        if (moderates || leadsGroup) {
            return;
        }
        if (issuerPersonId == null) {
            throw new Refusal("Ваша учётная запись не связана с записью в списке сотрудников: попросите администратора "
                    + "Сферума связать их (карточка сотрудника). Приглашать может администратор Сферума, модератор чата "
                    + "или классный руководитель группы.");
        }
        throw new Refusal("Приглашать в «" + chat.title() + "» может администратор Сферума, модератор этого чата"
                + (group == null ? "" : " или классный руководитель группы " + group.code()) + ".");
    }
}
