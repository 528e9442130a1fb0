package ru.sferumworkflow.channels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.sferumworkflow.invitation.PlatformLinks;
import ru.sferumworkflow.validation.PhoneNumbers;

/**
 * What an administrator would otherwise check by eye before a text goes to a system channel: the length, the date,
 * no personal data of other people (mobile numbers, e-mail addresses but the college's own), no links to the
 * services the regulation forbids (seed §8), and attachments within their limits. Problems never repeat the
 * offending value: the engine logs refusals.
 */
public final class PublicationCheck {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;
    public static final int MAX_FILES = 5;
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 25L * 1024 * 1024;
    public static final Set<String> FILE_TYPES = Set.of("application/pdf", "image/jpeg", "image/png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    /** Digits as people write a phone: +7 or 8, then ten digits with spaces, brackets or hyphens. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+7|8)[\\s(\\-]*\\d{3}[\\s)\\-]*\\d{3}[\\s\\-]*\\d{2}[\\s\\-]*\\d{2}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+\\-]+@([\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+)");
    /** A host in a link or written bare: «https://t.me/x», «wa.me/123», «(discord.gg)», «t.me,». */
    private static final Pattern HOST = Pattern.compile("(?i)(?<![a-z0-9\\-.@])((?:[a-z0-9\\-]+\\.)+[a-z]{2,})(?![a-z0-9\\-])");

    /** A file as sent: its name, type and size. */
    public record FileInfo(String name, String contentType, long size) {
    }

    private PublicationCheck() {
    }

    /**
     * @param collegeMailDomain the domain of the college's own addresses, which may be named
     */
    public static List<String> problems(String title, String body, LocalDate wishedDate, LocalDate today,
            String collegeMailDomain) {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            problems.add("Заголовок — от 1 до " + MAX_TITLE + " знаков.");
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            problems.add("Текст — от 1 до " + MAX_BODY + " знаков (ограничение для публикации в канале).");
        }
        if (wishedDate == null || wishedDate.isBefore(today)) {
            problems.add("Желаемая дата публикации — сегодня или позже.");
        }
        String text = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
        if (hasMobilePhone(text)) {
            problems.add("В тексте есть номер мобильного телефона: это персональные данные человека (152-ФЗ). "
                    + "Уберите его — для связи укажите телефон приёмной или сайт Техникума.");
        }
        if (hasForeignEmail(text, collegeMailDomain)) {
            problems.add("В тексте есть адрес электронной почты не Техникума: это персональные данные человека "
                    + "(152-ФЗ). Уберите его или укажите адрес Техникума.");
        }
        forbiddenService(text).ifPresent(service -> problems.add("В тексте ссылка на " + service + ": этот сервис "
                + "входит в перечень запрещённых (п. 8 Порядка). Уберите ссылку."));
        return problems;
    }

    public static List<String> fileProblems(List<FileInfo> files) {
        List<String> problems = new ArrayList<>();
        if (files.size() > MAX_FILES) {
            problems.add("Не больше " + MAX_FILES + " файлов.");
        }
        if (files.stream().mapToLong(FileInfo::size).sum() > MAX_TOTAL_BYTES) {
            problems.add("Все файлы вместе — не больше 25 МБ.");
        }
        for (int i = 0; i < files.size(); i++) {
            FileInfo file = files.get(i);
            if (file.size() > MAX_FILE_BYTES) {
                problems.add("Файл " + (i + 1) + " больше 10 МБ: уменьшите его.");
            }
            if (file.size() == 0) {
                problems.add("Файл " + (i + 1) + " пустой.");
            }
            if (!FILE_TYPES.contains(file.contentType() == null ? "" : file.contentType().toLowerCase(Locale.ROOT))) {
                problems.add("Файл " + (i + 1) + ": можно PDF, JPEG, PNG, DOCX или PPTX.");
            }
        }
        return problems;
    }

    static boolean hasMobilePhone(String text) {
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            Optional<String> mobile = PhoneNumbers.normalizeMobile(phone.group());
            if (mobile.isPresent()) {
                return true;
            }
        }
        return false;
    }

    static boolean hasForeignEmail(String text, String collegeMailDomain) {
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            String domain = email.group(1).toLowerCase(Locale.ROOT);
            String college = collegeMailDomain == null ? null : collegeMailDomain.toLowerCase(Locale.ROOT);
            if (college == null || !(domain.equals(college) || domain.endsWith("." + college))) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> forbiddenService(String text) {
        Matcher host = HOST.matcher(text);
        while (host.find()) {
            Optional<String> service = PlatformLinks.forbiddenService(host.group(1));
            if (service.isPresent()) {
                return service;
            }
        }
        return Optional.empty();
    }
}
