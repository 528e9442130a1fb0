package ru.sferumworkflow.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.documents.Document;
import ru.sferumworkflow.documents.JpaDocuments;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.roster.Consent;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.roster.PersonRole;
import ru.sferumworkflow.validation.Refusal;

/**
 * A consent signed on paper and entered by an administrator with its scan (152-ФЗ, ст. 9 ч. 4: the written form): for
 * a minor student it is given by a parent; the purpose and the data it covers are those written in it.
 */
@ApplicationScoped
public class PaperConsents {

    /** What the college's paper form says, unless the administrator writes what the signed one says. */
    public static final String PURPOSE = "Обработка персональных данных для участия в образовательной коммуникации "
            + "в чатах Техникума на ИКОП «Сферум» (Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»)";
    static final int MAX_TEXT = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    JpaRoster roster;

    @Inject
    JpaDocuments documents;

    @Inject
    AuditLog audit;

    /** The paper consent as the form sent it; empty texts take the defaults. */
    public record Paper(String subjectId, String givenById, LocalDate signedOn, String purpose, String scope) {
    }

    @Transactional
    public Consent record(String collegeId, Paper paper, ConsentScan scan, String user) {
        Person subject = roster.person(collegeId, paper.subjectId())
                .orElseThrow(() -> new Refusal("Нет такого человека в списках Техникума."));
        if (!subject.isActive()) {
            throw new Refusal("Согласие вносят для того, кто учится или работает в Техникуме (или родителя): этот "
                    + "человек — " + subject.status().title() + ".");
        }
        LocalDate signedOn = paper.signedOn();
        if (signedOn == null || signedOn.isAfter(Clock.today()) || signedOn.isBefore(Clock.today().minusYears(10))) {
            throw new Refusal("Укажите дату подписи согласия: не позже сегодняшнего дня и не раньше чем десять лет назад.");
        }
        String givenBy = paper.givenById() == null || paper.givenById().isBlank() ? subject.id() : paper.givenById();
        boolean minor = subject.role() == PersonRole.STUDENT && subject.isMinorOn(signedOn);
        if (minor && givenBy.equals(subject.id())) {
            throw new Refusal("Обучающийся был несовершеннолетним в день подписи: согласие даёт родитель (законный "
                    + "представитель) — выберите его.");
        }
        if (!givenBy.equals(subject.id()) && (subject.role() != PersonRole.STUDENT || roster.linkedPeople(subject.id())
                .stream().noneMatch(parent -> parent.id().equals(givenBy)))) {
            throw new Refusal("Согласие даёт сам человек или, за обучающегося, его родитель из карточки.");
        }
        if (!givenBy.equals(subject.id()) && !minor) {
            throw new Refusal("В день подписи обучающийся был совершеннолетним: согласие подписывает он сам.");
        }
        String purpose = text(paper.purpose(), PURPOSE, "Цель обработки");
        String scope = text(paper.scope(), Consent.JOIN_PAGE_SCOPE, "Перечень данных");
        if (scan == null) {
            throw new Refusal("Приложите скан подписанного согласия: PDF, JPEG или PNG.");
        }
        Document document = new Document(collegeId, "CONSENT_SCAN", scan.fileName(), scan.contentType(),
                scan.content(), Clock.now());
        documents.save(document);
        Consent consent = Consent.onPaper(collegeId, subject.id(), givenBy, purpose, scope,
                signedOn.atStartOfDay(Clock.COLLEGE_ZONE).toOffsetDateTime(), document.id(), user);
        roster.persist(consent);
        audit.record(collegeId, user, "CONSENT_RECORDED", subject.id(), "PERSON", subject.id(),
                "Внесено согласие на бумаге от " + DAY.format(signedOn)
                        + (givenBy.equals(subject.id()) ? "" : ", дано родителем") + ", скан приложен");
        return consent;
    }

    private static String text(String value, String otherwise, String field) {
        String text = value == null || value.isBlank() ? otherwise : value.trim();
        if (text.length() > MAX_TEXT) {
            throw new Refusal("«" + field + "» длиннее " + MAX_TEXT + " знаков: сократите.");
        }
        return text;
    }
}
