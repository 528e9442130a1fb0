package ru.sferumworkflow.platform.web;

import ru.sferumworkflow.platform.Settings;

/** Links in letters: always on the configured public address (SFERUM_PUBLIC_URL), never the request's host. */
public final class PublicLinks {

    private PublicLinks() {
    }

    /** Such as {@code personal("sferum/join", token)} → https://college.example/camunda/sferum/join/{token}. */
    public static String personal(String page, String token) {
        String base = Settings.PUBLIC_URL.get();
        return (base.endsWith("/") ? base : base + "/") + page + "/" + token;
    }
}
