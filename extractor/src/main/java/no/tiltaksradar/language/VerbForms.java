package no.tiltaksradar.language;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Derives the finite forms of regular Norwegian infinitives that strategies use for measures. */
final class VerbForms {
    private VerbForms() {
    }

    /**
     * "etablere" gives etablere, etableres, etablerer, etabler, etablerast, etablerar; "ta" (no
     * final e) gives ta, tas, tar. Multi-word infinitives ("greie ut") are kept as they are.
     */
    static Set<String> of(Set<String> infinitives) {
        Set<String> forms = new LinkedHashSet<>();
        for (String infinitive : infinitives) {
            forms.add(infinitive);
            if (infinitive.contains(" ")) {
                continue;
            }
            forms.add(infinitive + "s");
            forms.add(infinitive + "r");
            if (infinitive.endsWith("e") && infinitive.length() > 3) {
                String stem = infinitive.substring(0, infinitive.length() - 1);
                forms.add(stem);
                forms.add(stem + "ast");
                forms.add(stem + "ar");
            }
        }
        return Collections.unmodifiableSet(forms);
    }
}
