package ru.sferumworkflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a person typed, placed into a Markdown view, stays one line of plain text. */
class MarkdownTest {

    @Test
    void markupLinksAndEmphasisAreEscaped() {
        assertThat(Markdown.text("<script>alert('x')</script> **жирно** [клик](https://evil.example) _к_"))
                .isEqualTo("\\<script\\>alert\\(\\'x\\'\\)\\</script\\> \\*\\*жирно\\*\\* \\[клик\\]\\(https\\://evil\\.example\\)"
                        + " \\_к\\_");
    }

    @Test
    void aLineBreakCannotStartAHeadingOrAList() {
        assertThat(Markdown.text("Преподаватель\n\n# Заголовок\n- пункт\r\n1. первый"))
                .isEqualTo("Преподаватель \\# Заголовок \\- пункт 1\\. первый");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(Markdown.text("Заместитель директора по УВР")).isEqualTo("Заместитель директора по УВР");
        assertThat(Markdown.text(null)).isEmpty();
    }
}
