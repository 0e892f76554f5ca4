package no.tiltaksradar.trends.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.trends.Answer;
import no.tiltaksradar.trends.Passage;
import no.tiltaksradar.trends.TrendMeasure;
import no.tiltaksradar.trends.TrendReport;
import no.tiltaksradar.register.RegisterFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /trends}: figures, themes and the checked narrative over the register; {@code ?q=&doc=} asks the chosen documents. */
@Controller
class TrendsController {
    private static final int BARS = 8;
    private static final int THEME_LINES = 5;
    private final RegisterTrends trends;

    TrendsController(RegisterTrends trends) {
        this.trends = trends;
    }

    @GetMapping("/trends")
    String trends(@RequestParam(required = false) String q, @RequestParam(name = "doc", required = false) List<Long> chosen,
                  @RequestParam(required = false) String ministry, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String technology, @RequestParam(required = false) String purpose,
                  @RequestParam(required = false) Long document, Model model) throws IOException {
        RegisterFilter filter = filter(ministry, year, technology, purpose, document);
        TrendReport report = trends.report(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("filterQuery", query(filter));
        model.addAttribute("facets", trends.facets());
        model.addAttribute("report", report);
        model.addAttribute("ministries", Bar.of(report.aggregates().byMinistry(), BARS));
        model.addAttribute("technologies", Bar.of(report.aggregates().byTechnology(), BARS));
        model.addAttribute("years", Bar.of(report.aggregates().byYear(), BARS));
        model.addAttribute("themeLines", LineChart.of(report.themes(), THEME_LINES));
        model.addAttribute("measureLinks", measureLinks(report));
        model.addAttribute("documents", trends.documents());
        model.addAttribute("q", q);
        model.addAttribute("chosen", chosen == null ? List.of() : chosen);
        Map<String, Long> documentIds = trends.documentIds();
        List<Passage> passages = new java.util.ArrayList<>(report.checked().stream().flatMap(c -> c.claim().passages().stream()).toList());
        if (q != null && !q.isBlank() && chosen != null && !chosen.isEmpty()) {
            Answer answer = trends.ask(q, chosen);
            model.addAttribute("answer", answer);
            answer.sentences().forEach(c -> passages.addAll(c.claim().passages()));
        }
        Map<Passage, String> passageLinks = new LinkedHashMap<>();
        passages.forEach(p -> passageLinks.put(p, pageLink(documentIds, p)));
        model.addAttribute("passageLinks", passageLinks);
        return "trends/trends";
    }

    /** The report over the same filters, as Markdown or as PDF with its charts (the command line writes the same two). */
    @GetMapping("/trends/report")
    org.springframework.http.ResponseEntity<byte[]> download(@RequestParam(defaultValue = "md") String format,
            @RequestParam(required = false) String ministry, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String technology, @RequestParam(required = false) String purpose,
            @RequestParam(required = false) Long document) throws IOException {
        TrendReport report = trends.report(filter(ministry, year, technology, purpose, document));
        boolean pdf = "pdf".equalsIgnoreCase(format);
        byte[] body = pdf ? new no.tiltaksradar.trends.PdfReport().render(report)
                : new no.tiltaksradar.trends.MarkdownReport().render(report).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(pdf ? org.springframework.http.MediaType.APPLICATION_PDF
                        : org.springframework.http.MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                        .filename(pdf ? "trender.pdf" : "trender.md").build().toString())
                .body(body);
    }

    private static RegisterFilter filter(String ministry, Integer year, String technology, String purpose, Long document) {
        return new RegisterFilter(ministry, null, year, technology, purpose, document, null, null);
    }

    private static String query(RegisterFilter filter) {
        StringBuilder query = new StringBuilder();
        filter.asMap().forEach((name, value) -> query.append('&').append(name).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static Map<String, String> measureLinks(TrendReport report) {
        Map<String, String> links = new LinkedHashMap<>();
        for (TrendMeasure m : report.data().measures()) {
            if (m.link() != null) {
                links.put(m.id(), m.link());
            }
        }
        return links;
    }

    /** Where a passage's page is shown: the page image of its document. */
    static String pageLink(Map<String, Long> documentIds, Passage p) {
        Long id = documentIds.get(p.documentId());
        return id == null ? null : "/api/documents/" + id + "/pages/" + p.page() + "/image";
    }
}
