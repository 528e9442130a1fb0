package ru.sferumworkflow.chats;

import java.util.List;

/**
 * The rules of communication a person reads before joining a chat (seed §21.4: «Прежде чем включить … в групповой
 * чат, модератор знакомит их с правилами общения в чате»), and the purpose of the consent under 152-ФЗ.
 */
public final class ChatRules {

    /** The standard rules are version 1 of every chat; a chat's own rules, once changed, are version 2 and on. */
    public static final int STANDARD_VERSION = 1;

    /** What the chat is for and who keeps order in it: shown above the rules. */
    public static final List<String> ABOUT = List.of(
            "Чат создан для оперативной связи участников образовательных отношений: информации от администрации "
                    + "и педагогов Техникума и решения организационных вопросов.",
            "Модератор чата — педагог Техникума: он следит за порядком общения и удаляет негативную и избыточную "
                    + "информацию.");

    /**
     * The standard rules themselves, numbered: a breach is always a breach of one of them (or of a chat's own rules,
     * {@link ChatRuleBook}), named by its number.
     */
    public static final List<String> RULES = List.of(
            "Общайтесь уважительно: без оскорблений, угроз, травли и нецензурной брани.",
            "Пишите по делу чата: без рекламы, спама, массовых пересылок и сообщений не по теме.",
            "Не публикуйте сведения о других людях без их согласия (их телефоны, адреса, фото).",
            "Не размещайте ссылки на сервисы, запрещённые для образовательной коммуникации (п. 8 Порядка: Discord, "
                    + "Snapchat, Skype, Microsoft Teams, Threema, Viber, WhatsApp, WeChat, Telegram).",
            "Не размещайте материалы, распространение которых запрещено законом.");

    /** What follows from a breach and from leaving the college: shown below the rules. */
    public static final List<String> CONSEQUENCES = List.of(
            "Если переписка выходит из-под контроля, модератор напоминает о правилах; при повторном нарушении он вправе "
                    + "ограничить доступ участника к чату на срок, а участник может обжаловать ограничение в "
                    + "администрации Техникума. По причинам, не связанным с правилами, модератор не удаляет и не "
                    + "блокирует участников.",
            "Если вы выбываете из Техникума (или выбывает ваш ребёнок), вас удалят из чатов Техникума.");

    private ChatRules() {
    }

    public static String consentPurpose(String chatTitle) {
        return "Обработка персональных данных (ФИО, номер мобильного телефона, адрес электронной почты) для участия "
                + "в образовательной коммуникации в «" + chatTitle + "» на ИКОП «Сферум» (Федеральный закон "
                + "от 27.07.2006 № 152-ФЗ «О персональных данных»)";
    }
}
