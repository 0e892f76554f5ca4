package no.tiltaksradar.register;

import java.security.Principal;
import java.util.List;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.web.ApiProblem;
import no.tiltaksradar.web.PageRequest;
import no.tiltaksradar.web.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The register screen, rendered on the server so it works with keyboard, mouse and no script at all: the list with
 * search, filters, the parent/child tree and paging; one entry with its source quote on its highlighted page, its
 * editable fields and its history. Edits go through the same {@link RegisterEditor} as the API.
 */
@Controller
class RegisterPageController {
    static final int PAGE_SIZE = 25;
    private final RegisterRepository register;
    private final RegisterEditor editor;
    private final RegisterSources sources;
    private final AuditLog audit;

    RegisterPageController(RegisterRepository register, RegisterEditor editor, RegisterSources sources, AuditLog audit) {
        this.register = register;
        this.editor = editor;
        this.sources = sources;
        this.audit = audit;
    }

    @GetMapping("/register")
    String list(RegisterFilter filter, @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort,
                Model model) {
        Paged<RegisterTreeRow> rows = register.tree(filter, PageRequest.of(page, PAGE_SIZE, sort, RegisterColumns.SORTABLE, "id,asc"),
                filter.byRelevance(sort));
        model.addAttribute("rows", rows);
        model.addAttribute("pages", Math.max(1, (rows.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", !filter.asMap().isEmpty());
        model.addAttribute("facets", register.facets());
        model.addAttribute("query", query(filter, sort));
        model.addAttribute("sort", sort);
        return "register/register";
    }

    // digits only: /register/register.css and .js are the screen's static files
    @GetMapping("/register/{id:\\d+}")
    String entry(@PathVariable long id, Model model) {
        RegisteredMeasure measure = register.find(id).orElseThrow(() -> ApiProblem.notFound("register entry", id));
        model.addAttribute("measure", measure);
        model.addAttribute("createdAt", HistoryEntry.SHOWN.format(measure.createdAt()));
        model.addAttribute("updatedAt", HistoryEntry.SHOWN.format(measure.updatedAt()));
        model.addAttribute("fields", EntryForm.fields(measure));
        model.addAttribute("source", sources.of(id).orElse(null));
        model.addAttribute("parent", measure.parentId() == null ? null : register.find(measure.parentId()).orElse(null));
        // a parent is chosen among the entries of the same document, where a measure's sub-measures stand
        List<RegisteredMeasure> sameDocument = register.all(new RegisterFilter(null, null, null, null, null, measure.documentId(),
                null, null), "name,asc");
        model.addAttribute("parents", sameDocument.stream().filter(m -> m.id() != id).toList());
        model.addAttribute("children", sameDocument.stream().filter(m -> m.parentId() != null && m.parentId() == id).toList());
        model.addAttribute("history", audit.recent("measure", String.valueOf(id), 200).stream().map(HistoryEntry::of).toList());
        return "register/entry";
    }

    /** The entry form: the fields that changed are saved, on the version the form was rendered with. */
    @PostMapping("/register/{id:\\d+}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal user, Model model,
                RedirectAttributes redirect) {
        int version = Integer.parseInt(form.getFirst("version"));
        try {
            editor.edit(id, version, EntryForm.read(form), user.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/register/" + id;
        } catch (ApiProblem problem) {
            model.addAttribute("problem", problem.getStatusCode() == HttpStatus.PRECONDITION_FAILED ? "stale" : "invalid");
            model.addAttribute("problemDetail", problem.getBody().getDetail());
            return entry(id, model);
        }
    }

    /** The filters (and sort) as a query string, for paging links and the export links. */
    static String query(RegisterFilter filter, String sort) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        filter.asMap().forEach(builder::queryParam);
        if (sort != null && !sort.isBlank()) {
            builder.queryParam("sort", sort);
        }
        String query = builder.encode().build().getQuery();
        return query == null ? "" : query;
    }
}
