package ru.sferumworkflow.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns an XHTML page into a PDF whose text is real text (searchable, extractable) in DejaVu fonts,
 * embedded because PDF's standard fonts have no Cyrillic.
 */
public final class PdfRenderer {

    public static final String SERIF = "DejaVu Serif";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private PdfRenderer() {
    }

    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSerif.ttf"), SERIF, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSerif-Bold.ttf"), SERIF, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Не удалось сформировать PDF", e);
        }
    }

    private static InputStream font(String file) {
        InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("Нет шрифта " + file + " (jasperreports-fonts)");
        }
        return in;
    }
}
