package ru.sferumworkflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;

/**
 * The roster pages under Camunda's Content-Security-Policy: each page's scripts carry the nonce its own response
 * names (or the browser would block them), the scripts and styles they load are there, and nothing else is served.
 */
class RosterPagesIT extends ServerTest {

    private static final List<String> PAGES = List.of("sferum/roster/", "sferum/roster/person.html",
            "sferum/roster/import.html", "sferum/roster/consents.html");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern SOURCE = Pattern.compile("(?:src|href)=\"(\\.\\./assets/[^\"]+)\"");

    @Test
    void everyScriptOfEveryPageCarriesTheNonceOfItsOwnResponse() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        for (String path : PAGES) {
            HttpResponse<String> page = admin.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(page.body()).as(path).contains("<html lang=\"ru\">").doesNotContain("{{nonce}}");
            String nonce = nonce(page);
            List<String> scripts = SCRIPT.matcher(page.body()).results().map(MatchResult::group).toList();
            assertThat(scripts).as(path).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
        }
    }

    @Test
    void requestsAtTheSameTimeEachGetTheirOwnNonce() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        List<HttpResponse<String>> pages = IntStream.range(0, 24).parallel()
                .mapToObj(i -> admin.get("sferum/roster/import.html")).toList();
        assertThat(pages).allSatisfy(page -> assertThat(page.body()).contains("nonce=\"" + nonce(page) + "\""));
        assertThat(pages.stream().map(RosterPagesIT::nonce).distinct()).hasSize(pages.size());
    }

    @Test
    void theScriptsAndStylesThePagesLoadAreServed() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        for (String path : PAGES) {
            HttpResponse<String> page = admin.get(path);
            List<String> assets = SOURCE.matcher(page.body()).results().map(found -> found.group(1)).toList();
            assertThat(assets).as(path).contains("../assets/api.js", "../assets/roster.css");
            for (String asset : assets) {
                // Relative to the page, as the browser resolves it: /camunda/sferum/assets/…
                HttpResponse<String> served = admin.get("sferum/roster/" + asset);
                assertThat(served.uri().getPath()).as(asset).contains("/sferum/assets/");
                assertThat(served.statusCode()).as(asset).isEqualTo(200);
                assertThat(served.headers().firstValue("Content-Type")).as(asset).hasValueSatisfying(type ->
                        assertThat(type).contains(asset.endsWith(".css") ? "text/css" : "javascript"));
                assertThat(served.body()).as(asset).isNotBlank();
            }
        }
    }

    @Test
    void onlyTheKnownPagesAreServed() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        for (String path : List.of("sferum/roster/unknown.html", "sferum/roster/index.htm",
                "sferum/roster/WEB-INF/pages/roster/index.html", "sferum/roster/%2e%2e/%2e%2e/WEB-INF/web.xml",
                "WEB-INF/pages/roster/index.html")) {
            assertThat(admin.get(path).statusCode()).as(path).isEqualTo(404);
        }
        HttpResponse<String> withoutSlash = admin.get("sferum/roster");
        assertThat(withoutSlash.statusCode()).isEqualTo(200);
        assertThat(withoutSlash.uri().getPath()).endsWith("/sferum/roster/");
    }

    @Test
    void aVisitorGetsThePageButNoDataBeforeLoggingIn() {
        WebappClient visitor = WebappClient.anonymous(base);
        assertThat(visitor.get("sferum/roster/").statusCode()).isEqualTo(200);
        HttpResponse<String> people = visitor.get("sferum/api/roster/persons");
        assertThat(people.statusCode()).isEqualTo(401);
        assertThat(WebappClient.object(people).getString("message")).contains("Войдите в Tasklist");
    }

    private static String nonce(HttpResponse<String> page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as("a nonce in " + policy).isTrue();
        return nonce.group(1);
    }
}
