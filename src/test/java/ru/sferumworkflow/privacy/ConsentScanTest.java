package ru.sferumworkflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.validation.Refusal;

/** What is kept as a scan: a PDF, JPEG or PNG by its first bytes, at most 5 MB, under a harmless name. */
class ConsentScanTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};

    @Test
    void theTypeComesFromTheContentNotFromTheName() {
        assertThat(ConsentScan.of("скан.png", PDF).contentType()).isEqualTo("application/pdf");
        assertThat(ConsentScan.of("scan", JPEG).contentType()).isEqualTo("image/jpeg");
        assertThat(ConsentScan.of("scan.pdf", PNG).fileName()).isEqualTo("scan.png");
    }

    @Test
    void anythingElseEmptyOrTooBigIsRefusedInRussian() {
        assertThatThrownBy(() -> ConsentScan.of("page.html", "<html><script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Refusal.class).hasMessageContaining("PDF, JPEG или PNG");
        assertThatThrownBy(() -> ConsentScan.of("empty.pdf", new byte[0])).isInstanceOf(Refusal.class)
                .hasMessageContaining("Приложите скан");
        byte[] big = new byte[ConsentScan.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> ConsentScan.of("big.pdf", big)).isInstanceOf(Refusal.class)
                .hasMessageContaining("больше 5 МБ");
    }

    @Test
    void aNameCannotBreakTheDownloadHeaderOrThePath() {
        assertThat(ConsentScan.of("..\\..\\evil\"\r\nX: y.pdf", PDF).fileName()).doesNotContain("\"", "\r", "\n", "\\", "/")
                .endsWith(".pdf");
        assertThat(ConsentScan.of(null, PDF).fileName()).isEqualTo("скан.pdf");
    }
}
