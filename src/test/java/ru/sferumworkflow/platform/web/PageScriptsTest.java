package ru.sferumworkflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Our pages build what they show from names, titles and comments that people typed: the scripts make text nodes
 * and set properties, never parse a string as markup or code. Whatever a name holds, it stays text on the page.
 * (The one address taken from data, the platform link on the join page, is checked by PlatformLinksTest.)
 */
class PageScriptsTest {

    private static final Path ASSETS = Path.of("src/main/webapp/sferum/assets");
    /** What turns a string into markup or code in a browser. */
    private static final List<Pattern> MARKUP_SINKS = Stream.of("\\.innerHTML\\b", "\\.outerHTML\\b",
            "\\binsertAdjacentHTML\\b", "\\bdocument\\.write", "\\beval\\s*\\(", "\\bnew\\s+Function\\b",
            "\\bsetTimeout\\s*\\(\\s*['\"`]", "\\bcreateContextualFragment\\b", "\\bDOMParser\\b", "srcdoc")
            .map(Pattern::compile).toList();
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    @Test
    void noScriptParsesTextAsMarkupOrCode() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(ASSETS)) {
            scripts = files.filter(file -> file.toString().endsWith(".js")).sorted().toList();
        }
        assertThat(scripts).hasSizeGreaterThan(5);
        for (Path script : scripts) {
            String code = COMMENT.matcher(Files.readString(script, StandardCharsets.UTF_8)).replaceAll("");
            for (Pattern sink : MARKUP_SINKS) {
                assertThat(sink.matcher(code).find()).as(script.getFileName() + " использует " + sink.pattern())
                        .isFalse();
            }
        }
    }
}
