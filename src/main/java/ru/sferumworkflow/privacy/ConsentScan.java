package ru.sferumworkflow.privacy;

import java.util.Arrays;
import java.util.Optional;

import ru.sferumworkflow.validation.Refusal;

/**
 * The scan of a paper consent or of a written withdrawal: a PDF, JPEG or PNG of at most 5 MB, its type read from the
 * file's first bytes rather than taken from the browser, so that nothing else is kept as a «scan».
 */
public record ConsentScan(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The scan checked, or a refusal that says what to send instead. */
    public static ConsentScan of(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new Refusal("Приложите скан подписанного документа: PDF, JPEG или PNG.");
        }
        if (content.length > MAX_BYTES) {
            throw new Refusal("Скан больше 5 МБ: отсканируйте с меньшим разрешением (достаточно 150–200 dpi).");
        }
        String type = typeOf(content).orElseThrow(() -> new Refusal(
                "Скан должен быть файлом PDF, JPEG или PNG; этот файл не таков."));
        return new ConsentScan(cleanName(fileName, type), type, content);
    }

    static Optional<String> typeOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** A name safe in a download header; the extension follows the type found. */
    private static String cleanName(String fileName, String type) {
        String extension = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
        String base = fileName == null ? "" : fileName.replaceAll("[\\\\/\\r\\n\"<>]", "_").trim();
        base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        if (base.isEmpty()) {
            base = "скан";
        }
        return (base.length() > 100 ? base.substring(0, 100) : base) + extension;
    }
}
