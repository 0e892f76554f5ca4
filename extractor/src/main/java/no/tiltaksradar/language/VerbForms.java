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

    /**
     * Past participles: "etablere" gives etablert, "utvikle" utviklet and utvikla (Nynorsk),
     * "innføre" innført; strong verbs common in strategies are listed.
     */
    static Set<String> participles(Set<String> infinitives) {
        Set<String> forms = new LinkedHashSet<>(Set.of("tatt", "gjort", "satt", "lagt", "gått", "gitt", "vedtatt", "igangsatt",
                "fastsatt", "lagd", "gjennomgått", "sett", "skrive", "skrevet", "valgt", "valt", "starta", "levert", "vedteke"));
        for (String infinitive : infinitives) {
            if (infinitive.contains(" ") || !infinitive.endsWith("e") || infinitive.length() <= 3) {
                continue;
            }
            String stem = infinitive.substring(0, infinitive.length() - 1);
            forms.add(stem + "t");
            forms.add(stem + "et");
            forms.add(stem + "a");
        }
        return Collections.unmodifiableSet(forms);
    }
}
