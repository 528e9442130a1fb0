package ru.sferumworkflow.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.EntityPart;

import ru.sferumworkflow.validation.FormValues;
import ru.sferumworkflow.validation.Refusal;

/** The fields of a consent form sent as multipart/form-data, and its one file «scan». */
final class MultipartForm {

    private static final int MAX_FIELD_BYTES = 4096;

    private final Map<String, String> fields;
    private final String scanName;
    private final byte[] scan;

    private MultipartForm(Map<String, String> fields, String scanName, byte[] scan) {
        this.fields = fields;
        this.scanName = scanName;
        this.scan = scan;
    }

    static MultipartForm read(List<EntityPart> parts, int maxFileBytes) {
        Map<String, String> fields = new HashMap<>();
        String scanName = null;
        byte[] scan = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if ("scan".equals(part.getName())) {
                scanName = part.getFileName().orElse(null);
                scan = bytes(part, maxFileBytes + 1);
            } else {
                fields.put(part.getName(), new String(bytes(part, MAX_FIELD_BYTES + 1), StandardCharsets.UTF_8));
            }
        }
        return new MultipartForm(fields, scanName, scan);
    }

    String text(String name) {
        String value = fields.get(name);
        if (value != null && value.length() > MAX_FIELD_BYTES) {
            throw new Refusal("Поле «" + name + "» слишком длинное.");
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A date field (2026-11-29); a missing or unreadable one is refused with what to enter. */
    LocalDate date(String name, String what) {
        LocalDate date = FormValues.date(text(name));
        if (date == null) {
            throw new Refusal("Укажите " + what + " в виде 2026-11-29.");
        }
        return date;
    }

    /** The scan checked, or null when none was sent. */
    ConsentScan scan() {
        return scan == null || scan.length == 0 ? null : ConsentScan.of(scanName, scan);
    }

    private static byte[] bytes(EntityPart part, int limit) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes(limit);
        } catch (IOException e) {
            throw new Refusal("Форма не дошла до сервера целиком: отправьте её ещё раз.");
        }
    }
}
