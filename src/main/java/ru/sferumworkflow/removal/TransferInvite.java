package ru.sferumworkflow.removal;

import java.util.Arrays;
import java.util.List;

import ru.sferumworkflow.chats.MembershipRole;

/**
 * An invitation a transfer calls for: who (the student, or the parents) is to be invited to which chat of the new
 * group in which role. The model carries it as one text per task, «chatId;ROLE;personId,personId».
 */
public record TransferInvite(String chatId, MembershipRole role, List<String> personIds) {

    public String encode() {
        return chatId + ";" + role.name() + ";" + String.join(",", personIds);
    }

    public static TransferInvite decode(String text) {
        String[] parts = text.split(";", 3);
        return new TransferInvite(parts[0], MembershipRole.valueOf(parts[1]), Arrays.asList(parts[2].split(",")));
    }
}
