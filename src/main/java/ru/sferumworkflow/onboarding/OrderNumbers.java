package ru.sferumworkflow.onboarding;

import java.util.Locale;

/**
 * Order numbers as compared for uniqueness: «45-од», «45-ОД» and «45-OД» (a Latin O) are one number.
 */
public final class OrderNumbers {

    private static final String LATIN = "ABCEHKMOPTXY";
    private static final String CYRILLIC = "АВСЕНКМОРТХУ";

    private OrderNumbers() {
    }

    public static String key(String number) {
        if (number == null) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (char c : number.trim().toUpperCase(new Locale("ru")).toCharArray()) {
            int latin = LATIN.indexOf(c);
            key.append(latin >= 0 ? CYRILLIC.charAt(latin) : c == 'Ё' ? 'Е' : c);
        }
        return key.toString();
    }
}
