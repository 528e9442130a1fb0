package ru.sferumworkflow.chats;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.sferumworkflow.roster.StudyGroup;
import ru.sferumworkflow.validation.Refusal;

/** Chats and memberships, always within one college. */
@ApplicationScoped
public class JpaChats {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public List<Chat> chats(String collegeId) {
        return em.createQuery("select c from Chat c where c.collegeId = :college order by c.title", Chat.class)
                .setParameter("college", collegeId).getResultList();
    }

    public Optional<Chat> chat(String collegeId, String id) {
        return Optional.ofNullable(em.find(Chat.class, id)).filter(chat -> chat.collegeId().equals(collegeId));
    }

    /**
     * The chat a Tasklist form names by kind and group code («Класс группы» + «ИС-21»); the «Учительская» and other
     * chats without a group by kind alone, when there is exactly one.
     */
    public Chat byKindAndGroupCode(String collegeId, String kindName, String groupCode) {
        ChatKind kind = ChatKind.parse(kindName).orElseThrow(() -> new Refusal("Выберите, куда приглашаете."));
        List<Chat> found = openChats(collegeId, kind).stream()
                .filter(chat -> !kind.ofGroup() || groupCode != null && chat.groupId() != null
                        && groupCodeOf(chat.groupId()).equalsIgnoreCase(groupCode.trim()))
                .toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        if (kind.ofGroup() && (groupCode == null || groupCode.isBlank())) {
            throw new Refusal("Укажите код группы, например ИС-21.");
        }
        throw new Refusal(found.isEmpty()
                ? "«" + kind.title() + "»" + (kind.ofGroup() ? " группы " + groupCode.trim() : "")
                        + " ещё не заведён в списках: заведите его (REST /chats) или проверьте код группы."
                : "Таких чатов несколько: оформите приглашение через REST API с идентификатором чата.");
    }

    /** The college's open chats of one kind. */
    public List<Chat> openChats(String collegeId, ChatKind kind) {
        return em.createQuery("select c from Chat c where c.collegeId = :college and c.kind = :kind"
                        + " and c.closedAt is null order by c.title", Chat.class)
                .setParameter("college", collegeId).setParameter("kind", kind).getResultList();
    }

    /** The open chats of one study group. */
    public List<Chat> openChatsOfGroup(String collegeId, String groupId) {
        return em.createQuery("select c from Chat c where c.collegeId = :college and c.groupId = :group"
                        + " and c.closedAt is null order by c.title", Chat.class)
                .setParameter("college", collegeId).setParameter("group", groupId).getResultList();
    }

    public String groupCodeOf(String groupId) {
        StudyGroup group = em.find(StudyGroup.class, groupId);
        return group == null ? "" : group.code();
    }

    public Optional<Membership> membership(String collegeId, String id) {
        return Optional.ofNullable(em.find(Membership.class, id))
                .filter(membership -> membership.collegeId().equals(collegeId));
    }

    /** Every membership of the person, the ended ones too, newest first. */
    public List<Membership> memberships(String personId) {
        return em.createQuery("select m from Membership m where m.personId = :person order by m.since desc",
                        Membership.class)
                .setParameter("person", personId).getResultList();
    }

    public List<Membership> activeMemberships(String personId) {
        return em.createQuery("select m from Membership m where m.personId = :person and m.until is null"
                        + " order by m.since", Membership.class)
                .setParameter("person", personId).getResultList();
    }

    public List<Membership> activeMembers(String chatId) {
        return em.createQuery("select m from Membership m where m.chatId = :chat and m.until is null"
                        + " order by m.since", Membership.class)
                .setParameter("chat", chatId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
