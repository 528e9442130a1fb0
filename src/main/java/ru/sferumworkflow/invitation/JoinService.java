package ru.sferumworkflow.invitation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.ChatRuleBook;
import ru.sferumworkflow.chats.ChatRules;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.MembershipRole;
import ru.sferumworkflow.onboarding.OrderContext;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.UserNames;
import ru.sferumworkflow.roster.Consent;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.validation.EmailAddresses;
import ru.sferumworkflow.validation.PhoneNumbers;
import ru.sferumworkflow.validation.Refusal;

/**
 * The join page's side of a personal link: what the visitor sees, and the claim — rules accepted, consent given
 * (by a parent for a minor), the link used once. The claim, the consent, the issuer's task and the audit event
 * are one transaction; the invitation's version makes a claim and a revocation at the same moment exclusive.
 */
@ApplicationScoped
public class JoinService {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    ChatRuleBook ruleBook;

    @Inject
    JpaInvitations invitations;

    @Inject
    JpaRoster roster;

    @Inject
    JpaChats chats;

    @Inject
    InvitationEnding ending;

    @Inject
    OrderContext context;

    @Inject
    AuditLog audit;

    @Inject
    ProcessEngineBootstrap bootstrap;

    /** The link's page; nothing is written by looking. */
    @Transactional
    public JoinPage visit(String token) {
        Optional<Recipient> found = find(token);
        if (found.isEmpty()) {
            return JoinPage.of(JoinPage.State.UNKNOWN);
        }
        Recipient recipient = found.get();
        Invitation invitation = invitations.find(recipient.invitationId()).orElseThrow();
        JoinPage.State state = state(recipient, invitation);
        Person person = roster.person(invitation.collegeId(), recipient.personId()).orElseThrow();
        Chat chat = chats.chat(invitation.collegeId(), invitation.chatId()).orElseThrow();
        boolean parentConsents = invitation.role() == MembershipRole.STUDENT && person.isMinorOn(Clock.today());
        List<JoinPage.Parent> parents = parentConsents
                ? roster.linkedPeople(person.id()).stream().map(parent -> new JoinPage.Parent(parent.id(), parent.fullName())).toList()
                : List.of();
        return new JoinPage(state, state == JoinPage.State.OPEN ? person.fullName() : null,
                UserNames.fullName(bootstrap.processEngine(), invitation.issuedBy()), chat.title(),
                invitation.role().title(), context.collegeName(invitation.collegeId()),
                DATE_TIME.format(invitation.validUntil().atZoneSameInstant(Clock.COLLEGE_ZONE)), parentConsents, parents,
                ruleBook.current(chat.id()), invitation.role() == MembershipRole.TEACHER);
    }

    /**
     * Uses the link: returns the platform's link, or refuses (already used, closed, rules or consent missing, a
     * teacher's phone missing or malformed).
     */
    @Transactional
    public String claim(String token, JoinClaim claim) {
        Recipient recipient = find(token).orElseThrow(() -> new Refusal("Такой ссылки нет."));
        Invitation invitation = invitations.find(recipient.invitationId()).orElseThrow();
        invitations.lockForChange(invitation);
        JoinPage.State state = state(recipient, invitation);
        if (state != JoinPage.State.OPEN) {
            throw new Refusal(state == JoinPage.State.USED
                    ? "Эта ссылка уже использована."
                    : "Срок действия ссылки истёк или приглашение отозвано.");
        }
        if (!claim.rules() || !claim.consent()) {
            throw new Refusal("Чтобы вступить, примите правила общения в чате и дайте согласие на обработку "
                    + "персональных данных.");
        }
        Person person = roster.person(invitation.collegeId(), recipient.personId()).orElseThrow();
        String givenBy = person.id();
        if (invitation.role() == MembershipRole.STUDENT && person.isMinorOn(Clock.today())) {
            givenBy = roster.linkedPeople(person.id()).stream().map(Person::id)
                    .filter(id -> id.equals(claim.parentId())).findFirst()
                    .orElseThrow(() -> new Refusal("Обучающийся несовершеннолетний: согласие даёт родитель (законный "
                            + "представитель) — выберите, кто из родителей его даёт."));
        }
        Chat chat = chats.chat(invitation.collegeId(), invitation.chatId()).orElseThrow();
        int rulesVersion = ruleBook.current(chat.id()).version();
        if (claim.rulesVersion() != null && claim.rulesVersion() != rulesVersion) {
            throw new Refusal("Пока страница была открыта, правила общения в чате изменились: обновите страницу, "
                    + "прочитайте новые правила и отметьте их снова.");
        }
        if (invitation.role() == MembershipRole.TEACHER) {
            giveContacts(recipient, claim);
        }
        Consent consent = new Consent(invitation.collegeId(), person.id(), givenBy,
                ChatRules.consentPurpose(chat.title()), Consent.JOIN_PAGE_SCOPE, Clock.now());
        roster.persist(consent);
        recipient.claimed(consent.id(), rulesVersion, Clock.now());
        audit.record(invitation.collegeId(), null, "INVITATION_CLAIMED", person.id(), "INVITATION", invitation.id(),
                "Переход по личной ссылке: правила приняты (версия " + rulesVersion + "), согласие дано"
                        + (givenBy.equals(person.id()) ? "" : " родителем"));

        var runtime = bootstrap.processEngine().getRuntimeService();
        runtime.createMessageCorrelation(InvitationVariables.CLAIMED)
                .processInstanceId(invitation.processInstanceId())
                .setVariableToTriggeredScope(InvitationVariables.RECIPIENT_ID, recipient.id())
                .correlateWithResult();
        boolean everyoneClaimed = invitations.recipients(invitation.id()).stream()
                .noneMatch(other -> other.status() == RecipientStatus.PENDING || other.status() == RecipientStatus.SENT);
        if (everyoneClaimed && ending.end(invitation, EndReason.ALL_CLAIMED, null)) {
            runtime.createMessageCorrelation(InvitationVariables.ALL_CLAIMED)
                    .processInstanceId(invitation.processInstanceId())
                    .correlateWithResult();
        }
        return invitation.platformLink();
    }

    /** A teacher's phone (and e-mail) for the status verification: checked here, so that nothing is claimed half. */
    private static void giveContacts(Recipient recipient, JoinClaim claim) {
        String phone = PhoneNumbers.normalizeMobile(claim.phone() == null ? "" : claim.phone()).orElseThrow(
                () -> new Refusal("Укажите номер телефона, с которым вы входите в Сферум: " + PhoneNumbers.HINT + "."));
        String email = null;
        if (claim.email() != null && !claim.email().isBlank()) {
            email = EmailAddresses.normalize(claim.email()).orElseThrow(() -> new Refusal(
                    "Адрес электронной почты записан неверно: нужен " + EmailAddresses.HINT + ", или оставьте поле пустым."));
        }
        recipient.gaveContacts(phone, email);
    }

    private Optional<Recipient> find(String token) {
        if (!InvitationTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return invitations.recipientByTokenHash(InvitationTokens.hash(token));
    }

    private static JoinPage.State state(Recipient recipient, Invitation invitation) {
        return switch (recipient.status()) {
            case CLAIMED, ACCEPTED, REJECTED -> JoinPage.State.USED;
            case SENT -> invitation.isOpen(Clock.now()) ? JoinPage.State.OPEN : JoinPage.State.CLOSED;
            default -> JoinPage.State.CLOSED;
        };
    }
}
