package ru.sferumworkflow.chats;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.validation.Refusal;

/**
 * Each chat's rules of communication as versioned text (seed §21.4: «модератор знакомит их с правилами общения в
 * чате»): the standard rules are version 1 of every chat; a moderator's change adds the next version.
 */
@ApplicationScoped
public class ChatRuleBook {

    public static final int MAX_RULES = 20;
    public static final int MAX_RULE_LENGTH = 350;

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    /** A version of a chat's rules, numbered from 1. */
    public record Rules(int version, List<String> rules) {

        public Optional<String> rule(int number) {
            return number >= 1 && number <= rules.size() ? Optional.of(rules.get(number - 1)) : Optional.empty();
        }
    }

    public Rules current(String chatId) {
        return latest(chatId).map(version -> new Rules(version.version(), version.rules()))
                .orElse(new Rules(ChatRules.STANDARD_VERSION, ChatRules.RULES));
    }

    /** A version the chat had: the standard rules for 1, else the stored one. */
    public Optional<Rules> version(String chatId, int version) {
        if (version == ChatRules.STANDARD_VERSION) {
            return Optional.of(new Rules(version, ChatRules.RULES));
        }
        return em.createQuery("select r from ChatRulesVersion r where r.chatId = :chat and r.version = :version",
                        ChatRulesVersion.class)
                .setParameter("chat", chatId).setParameter("version", version).getResultList().stream().findFirst()
                .map(found -> new Rules(found.version(), found.rules()));
    }

    public Optional<ChatRulesVersion> latest(String chatId) {
        return em.createQuery("select r from ChatRulesVersion r where r.chatId = :chat order by r.version desc",
                        ChatRulesVersion.class)
                .setParameter("chat", chatId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Adds the next version; the rules are checked first, and nothing is saved when they are refused. */
    public ChatRulesVersion change(Chat chat, List<String> rules, String note, String by) {
        List<String> cleaned = rules == null ? List.of() : rules.stream()
                .map(rule -> rule == null ? "" : rule.replaceAll("\\s+", " ").trim()).filter(rule -> !rule.isEmpty())
                .toList();
        if (cleaned.isEmpty() || cleaned.size() > MAX_RULES) {
            throw new Refusal("Пришлите от 1 до " + MAX_RULES + " правил общения, каждое — отдельной строкой списка.");
        }
        if (cleaned.stream().anyMatch(rule -> rule.length() > MAX_RULE_LENGTH)) {
            throw new Refusal("Каждое правило — не длиннее " + MAX_RULE_LENGTH + " знаков: разбейте длинное на два.");
        }
        if (note != null && note.length() > 500) {
            throw new Refusal("Пояснение к изменению — до 500 знаков.");
        }
        // Two changes at once: the second waits here for the first and then builds on its version.
        em.lock(em.contains(chat) ? chat : em.find(Chat.class, chat.id()), LockModeType.PESSIMISTIC_WRITE);
        if (cleaned.equals(current(chat.id()).rules())) {
            throw new Refusal("Правила не изменились: новая версия не нужна.");
        }
        ChatRulesVersion version = new ChatRulesVersion(chat.collegeId(), chat.id(), current(chat.id()).version() + 1,
                cleaned, note, by, Clock.now());
        em.persist(version);
        return version;
    }
}
