package no.tiltaksradar.trends;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a trend report as Markdown: the checked findings with their citations first, then the figures, the themes with
 * their statistic, and the cited measures and passages with their quotes, so every citation can be followed.
 */
public final class MarkdownReport {
    private final Map<Passage, String> passageIds = new LinkedHashMap<>();

    public String render(TrendReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Trender i digitaliseringstiltak\n\n");
        CheckSummary s = r.summary();
        md.append(String.format(Locale.ROOT, "Fortellingen er skrevet av `%s`. Hver setning er kontrollert før den vises: siterte tiltak "
                + "finnes og sitatet deres er verifisert, siterte passasjer står ordrett på siden de oppgir, hvert tall er regnet "
                + "ut på nytt fra dataene, og det siterte inneholder setningens nøkkelord. **%d setninger kontrollert, %d beholdt, "
                + "%d merket som ikke støttet.**%n%n", r.narrative().writer(), s.checked(), s.kept(), s.marked()));
        findings(md, r);
        figures(md, r.aggregates());
        themes(md, r.themes());
        sources(md, r);
        return md.toString();
    }

    private void findings(StringBuilder md, TrendReport r) {
        md.append("## Funn\n\n");
        List<CheckedClaim> marked = new ArrayList<>();
        for (Narrative.Section section : r.narrative().sections()) {
            List<CheckedClaim> kept = r.checked(section).stream().filter(CheckedClaim::kept).toList();
            r.checked(section).stream().filter(c -> !c.kept()).forEach(marked::add);
            if (kept.isEmpty()) {
                continue;
            }
            md.append("### ").append(section.title()).append("\n\n");
            kept.forEach(c -> md.append("- ").append(c.claim().text()).append(' ').append(citations(c.claim())).append('\n'));
            md.append('\n');
        }
        if (!marked.isEmpty()) {
            md.append("### Ikke støttet (vises ikke som funn)\n\n");
            marked.forEach(c -> md.append("- ~~").append(c.claim().text()).append("~~ ").append(citations(c.claim()))
                    .append(" — ikke støttet: ").append(String.join("; ", c.reasons())).append('\n'));
            md.append('\n');
        }
    }

    private String citations(Claim claim) {
        List<String> refs = new ArrayList<>();
        claim.measureIds().forEach(id -> refs.add("[" + id + "](#" + anchor(id) + ")"));
        claim.passages().forEach(p -> {
            String id = passageIds.computeIfAbsent(p, k -> "P" + (passageIds.size() + 1));
            refs.add("[" + id + "](#" + anchor(id) + ")");
        });
        claim.unresolved().forEach(u -> refs.add("`" + u + "`"));
        return refs.isEmpty() ? "" : "[" + String.join(", ", refs) + "]";
    }

    private static void figures(StringBuilder md, Aggregates a) {
        md.append("## Tall\n\n");
        md.append(String.format(Locale.ROOT, "Talt: verifiserte tiltak (ikke mål). %d tiltak, %d dokumenter, %d uten eksplisitte tiltak "
                + "(%s %%), %d tiltak med to eller flere aktører.%n%n", a.measures(), a.documents(), a.documentsWithoutMeasures().size(),
                Numbers.format(Aggregates.share(a.documentsWithoutMeasures().size(), a.documents())), a.collaborative().size()));
        table(md, "Per dokument", a.byDocument());
        table(md, "Per år (dokumentets år)", a.byYear());
        table(md, "Per departement (ellers utgiver)", a.byMinistry());
        table(md, "Per ansvarlig aktør", a.byAgency());
        table(md, "Per teknologi", a.byTechnology());
        table(md, "Per formål", a.byPurpose());
        table(md, "Per frist (år)", a.deadlinesByYear());
        table(md, "Verifiserte utsagn per type", a.byKind());
    }

    private static void table(StringBuilder md, String title, Tally tally) {
        md.append("### ").append(title).append("\n\n");
        if (tally.buckets().isEmpty()) {
            md.append("Ingen.\n\n");
            return;
        }
        md.append("| ").append(tally.field()).append(" | antall |\n| --- | ---: |\n");
        tally.buckets().forEach(b -> md.append("| ").append(cell(b.key())).append(" | ").append(b.count()).append(" |\n"));
        md.append('\n');
    }

    private void themes(StringBuilder md, ThemeAnalysis t) {
        md.append("## Temaer over tid\n\n");
        if (t == null || !t.hasPeriods()) {
            md.append("Ingen temaanalyse: den trenger dokumentenes tekst (`--documents`) fra minst to årstall.\n\n");
            return;
        }
        md.append(String.format(Locale.ROOT, "Treff på temaets ord i dokumentenes fulltekst per tusen ord, %s mot %s. Statistikk: "
                + "log-odds-forhold med informativ Dirichlet-prior (Monroe, Colaresi og Quinn 2008), prior = hele korpusets andel "
                + "× α₀ = %s; z = forholdet delt på sitt standardavvik (|z| ≥ 1,96 ≈ 95 %%). Passasjer funnet med søk i ett dokument "
                + "om gangen og slått sammen.%n%n", t.earlyLabel(), t.lateLabel(), Numbers.format(t.priorMass())));
        md.append("| tema | treff ").append(t.earlyLabel()).append(" | ord | per tusen | treff ").append(t.lateLabel())
                .append(" | ord | per tusen | z | passasjer |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (ThemeShift s : t.shifts()) {
            List<String> refs = s.evidence().stream().map(p -> {
                String id = passageIds.computeIfAbsent(p, k -> "P" + (passageIds.size() + 1));
                return "[" + id + "](#" + anchor(id) + ")";
            }).toList();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %d | %d | %.2f | %.2f | %s |%n", cell(s.theme().label()),
                    s.hitsEarly(), s.wordsEarly(), s.ratePerThousandEarly(), s.hitsLate(), s.wordsLate(), s.ratePerThousandLate(),
                    s.z(), String.join(", ", refs)));
        }
        md.append("\nPer år (treff per tusen ord):\n\n| tema |");
        t.wordsByYear().keySet().forEach(y -> md.append(' ').append(y).append(" |"));
        md.append("\n| --- |").append(" ---: |".repeat(t.wordsByYear().size())).append('\n');
        for (ThemeShift s : t.shifts()) {
            md.append("| ").append(cell(s.theme().label())).append(" |");
            t.ratesByYear().getOrDefault(s.theme().id(), Map.of()).values()
                    .forEach(v -> md.append(String.format(Locale.ROOT, " %.2f |", v)));
            md.append('\n');
        }
        md.append('\n');
    }

    private void sources(StringBuilder md, TrendReport r) {
        md.append("## Kilder\n\n### Siterte tiltak\n\n");
        r.checked().stream().flatMap(c -> c.claim().measureIds().stream()).distinct().sorted()
                .forEach(id -> md.append(r.data().measure(id).map(MarkdownReport::measure).orElse("- `" + id + "`: finnes ikke\n")));
        md.append("\n### Siterte passasjer\n\n");
        passageIds.forEach((p, id) -> md.append(String.format(Locale.ROOT, "- <a id=\"%s\"></a>**%s** %s, s. %d%s: «%s»%n", anchor(id), id,
                p.fileName(), p.page(), p.pageLabel() == null || p.pageLabel().equals(String.valueOf(p.page())) ? ""
                        : " (trykt " + p.pageLabel() + ")", p.text())));
        md.append('\n');
    }

    private static String measure(TrendMeasure m) {
        String page = "s. " + m.page() + (m.pageLabel() == null || m.pageLabel().equals(String.valueOf(m.page())) ? ""
                : " (trykt " + m.pageLabel() + ")");
        return String.format(Locale.ROOT, "- <a id=\"%s\"></a>**%s** %s, %s, sitat %s: «%s»%n", anchor(m.id()), m.id(), m.document(),
                page, m.quoteVerified() ? "verifisert" : "IKKE verifisert", m.quote());
    }

    private static String anchor(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
