package ru.sferumworkflow.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The platform link an issuer pastes, and the personal link tokens. */
class PlatformLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://sferum.ru/?invite=abc", " https://web.max.ru/join/xyz ", "https://vk.me/join/AbC",
            "https://messenger.sferum.ru/invite/123"})
    void linksOnThePlatformsDomainsAreTaken(String link) throws PlatformLinks.InvalidLink {
        assertThat(PlatformLinks.check(link)).isEqualTo(link.trim());
    }

    @ParameterizedTest
    @CsvSource({"https://t.me/+abc, Telegram", "https://telegram.me/x, Telegram", "https://chat.whatsapp.com/x, WhatsApp",
            "https://wa.me/79120000000, WhatsApp", "https://invite.viber.com/?g=x, Viber", "https://discord.gg/x, Discord",
            "https://join.skype.com/x, Skype", "https://teams.microsoft.com/l/x, Microsoft Teams",
            "https://threema.id/x, Threema", "https://www.snapchat.com/add/x, Snapchat", "https://weixin.qq.com/x, WeChat",
            "http://t.me/x, Telegram"})
    void linksToForbiddenServicesAreRefusedWithTheRule(String link, String service) {
        assertThatThrownBy(() -> PlatformLinks.check(link)).isInstanceOf(PlatformLinks.InvalidLink.class)
                .hasMessageContaining(service).hasMessageContaining("п. 8 Порядка");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/join", "https://sferum.ru.evil.example/x", "http://sferum.ru/x",
            "javascript:alert(1)", "sferum.ru/invite", "", "https://notsferum.ru/x"})
    void anythingElseIsRefused(String link) {
        assertThatThrownBy(() -> PlatformLinks.check(link)).isInstanceOf(PlatformLinks.InvalidLink.class);
    }

    @Test
    void tokensAreLongRandomAndStoredOnlyAsAHash() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = InvitationTokens.newToken();
            assertThat(InvitationTokens.looksLikeToken(token)).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
        String token = tokens.iterator().next();
        assertThat(token).hasSize(43); // 256 bits, URL-safe Base64
        assertThat(InvitationTokens.hash(token)).hasSize(64).isNotEqualTo(token).isEqualTo(InvitationTokens.hash(token));
        assertThat(InvitationTokens.looksLikeToken("../../etc/passwd")).isFalse();
    }
}
