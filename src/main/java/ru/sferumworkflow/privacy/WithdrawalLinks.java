package ru.sferumworkflow.privacy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.invitation.InvitationTokens;
import ru.sferumworkflow.onboarding.OrderContext;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.mail.Mailer;
import ru.sferumworkflow.platform.mail.OutgoingMail;
import ru.sferumworkflow.platform.web.PublicLinks;
import ru.sferumworkflow.roster.Consent;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.validation.Refusal;

/**
 * Withdrawal through a personal link (152-ФЗ, ст. 9 ч. 2): a person asks on the public page with the e-mail address on
 * their card, the link goes to that address only (whoever asks learns nothing about who is on the lists), and on it
 * they withdraw their own consents and those of their minor children — or of children for whom they gave them.
 */
@ApplicationScoped
public class WithdrawalLinks {

    static final int VALID_DAYS = 3;
    /** A link asked for again within this time is not sent again: the page cannot be used to flood a mailbox. */
    static final int RESEND_MINUTES = 10;
    static final String PATH = "sferum/consent";

    private static final Logger LOG = Logger.getLogger(WithdrawalLinks.class.getName());
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** Whose consents the link's owner may withdraw: themselves, or a child. */
    public record Subject(String personId, String fullName, boolean self, List<String> purposes) {
    }

    /** What the link's page shows. */
    public record Page(State state, String fullName, String validUntil, List<Subject> subjects) {
        public enum State { OPEN, USED, EXPIRED, UNKNOWN }

        static Page of(State state) {
            return new Page(state, null, null, List.of());
        }
    }

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    @Inject
    JpaRoster roster;

    @Inject
    ConsentWithdrawals withdrawals;

    @Inject
    Mailer mailer;

    @Inject
    OrderContext context;

    @Inject
    AuditLog audit;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    /** Sends a link to each person whose card has this address and who has consents to withdraw; says nothing back. */
    @Transactional
    public void request(String email) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new Refusal("Укажите адрес электронной почты, который вы сообщали Техникуму, например ivanova@mail.ru.");
        }
        OffsetDateTime now = Clock.now();
        List<Person> people = em.createQuery("select p from Person p where lower(p.email) = :email", Person.class)
                .setParameter("email", address).getResultList();
        for (Person person : people) {
            if (subjects(person).isEmpty() || recentlySent(person, now)) {
                continue;
            }
            String token = InvitationTokens.newToken();
            WithdrawalLink link = new WithdrawalLink(person.collegeId(), person.id(), InvitationTokens.hash(token), now,
                    now.plusDays(VALID_DAYS));
            em.persist(link);
            sendAfterCommit(mail(person, link, token));
            audit.record(person.collegeId(), null, "CONSENT_WITHDRAWAL_LINK_SENT", person.id(), "PERSON", person.id(),
                    "По запросу отправлена личная ссылка для отзыва согласия");
        }
    }

    /** The link's page; nothing is written by looking. */
    @Transactional
    public Page visit(String token) {
        Optional<WithdrawalLink> found = find(token);
        if (found.isEmpty()) {
            return Page.of(Page.State.UNKNOWN);
        }
        WithdrawalLink link = found.get();
        if (link.usedAt() != null) {
            return Page.of(Page.State.USED);
        }
        if (!link.isOpen(Clock.now())) {
            return Page.of(Page.State.EXPIRED);
        }
        Person person = roster.person(link.collegeId(), link.personId()).orElseThrow();
        return new Page(Page.State.OPEN, person.fullName(),
                DATE_TIME.format(link.validUntil().atZoneSameInstant(Clock.COLLEGE_ZONE)), subjects(person));
    }

    /** Withdraws the chosen people's consents and uses the link up — all or nothing. */
    @Transactional
    public List<ConsentWithdrawals.Withdrawn> use(String token, List<String> subjectIds) {
        WithdrawalLink link = find(token).orElseThrow(() -> new Refusal("Такой ссылки нет."));
        em.lock(link, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(link);
        if (!link.isOpen(Clock.now())) {
            throw new Refusal(link.usedAt() != null ? "По этой ссылке согласие уже отозвано."
                    : "Срок действия ссылки истёк: запросите новую.");
        }
        Person person = roster.person(link.collegeId(), link.personId()).orElseThrow();
        Set<String> allowed = subjects(person).stream().map(Subject::personId).collect(Collectors.toSet());
        Set<String> chosen = subjectIds == null ? Set.of() : Set.copyOf(subjectIds);
        if (chosen.isEmpty()) {
            throw new Refusal("Отметьте, чьё согласие вы отзываете.");
        }
        if (!allowed.containsAll(chosen)) {
            throw new Refusal("Отозвать можно только согласия, перечисленные на этой странице: обновите её.");
        }
        List<ConsentWithdrawals.Withdrawn> done = new ArrayList<>();
        for (String subjectId : chosen) {
            done.add(withdrawals.withdraw(link.collegeId(), subjectId, person.id(), Consent.PERSONAL_LINK, null,
                    Clock.today(), null));
        }
        link.used(Clock.now());
        return done;
    }

    /** The person themselves and their children, each with the consents the person may withdraw. */
    private List<Subject> subjects(Person person) {
        List<Subject> subjects = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        people.add(person);
        people.addAll(roster.linkedPeople(person.id()));
        for (Person subject : people) {
            if (!withdrawals.mayWithdraw(subject, person.id()) || withdrawals.destructionUnderWay(subject.id())) {
                continue;
            }
            List<String> purposes = roster.consents(subject.id()).stream().filter(Consent::isValid)
                    .map(Consent::purpose).toList();
            if (!purposes.isEmpty()) {
                subjects.add(new Subject(subject.id(), subject.fullName(), subject.id().equals(person.id()), purposes));
            }
        }
        return subjects;
    }

    /**
     * The letter leaves after the commit, from another thread: the page answers alike and as fast for an address on
     * the lists as for any other, whether the mail server is quick, slow or down — and a link the letter names exists.
     * A letter the mail server refuses is logged without its address; the person asks again after 10 minutes.
     */
    private void sendAfterCommit(OutgoingMail letter) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> {
                        try {
                            mailer.send(letter);
                        } catch (RuntimeException e) {
                            LOG.warning("Письмо со ссылкой для отзыва согласия не отправлено: " + e.getClass().getName());
                        }
                    });
                }
            }
        });
    }

    private boolean recentlySent(Person person, OffsetDateTime now) {
        return em.createQuery("select count(l) from WithdrawalLink l where l.personId = :person and l.usedAt is null"
                        + " and l.createdAt > :since", Long.class).setParameter("person", person.id())
                .setParameter("since", now.minusMinutes(RESEND_MINUTES)).getSingleResult() > 0;
    }

    private Optional<WithdrawalLink> find(String token) {
        if (!InvitationTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return em.createQuery("select l from WithdrawalLink l where l.tokenHash = :hash", WithdrawalLink.class)
                .setParameter("hash", InvitationTokens.hash(token)).getResultStream().findFirst();
    }

    private OutgoingMail mail(Person person, WithdrawalLink link, String token) {
        String text = "Здравствуйте, " + person.fullName() + "!\n\n"
                + "Вы запросили ссылку для отзыва согласия на обработку персональных данных, которое давали Техникуму "
                + "для участия в чатах на платформе «Сферум».\n\n"
                + "Ваша личная ссылка:\n" + PublicLinks.personal(PATH, token) + "\n\n"
                + "На странице вы увидите, какие согласия можно отозвать (свои и — для несовершеннолетних — своих детей). "
                + "После отзыва участие в чатах Техникума завершается, а персональные данные уничтожаются не позднее чем "
                + "через " + ConsentWithdrawals.DAYS_TO_DESTROY + " дней со дня отзыва.\n"
                + "Ссылка действует до " + DATE_TIME.format(link.validUntil().atZoneSameInstant(Clock.COLLEGE_ZONE))
                + " и только для вас: не пересылайте её.\n\n"
                + "Если вы не запрашивали ссылку, ничего не делайте: без перехода по ней ничего не изменится.\n\n"
                + context.collegeName(person.collegeId()) + "\n";
        return new OutgoingMail(person.email(), "Отзыв согласия на обработку персональных данных", text, List.of(),
                OutgoingMail.messageId("consent-withdrawal", link.id()));
    }
}
