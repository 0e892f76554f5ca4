package no.tiltaksradar.agreement;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.review.Action;
import no.tiltaksradar.review.RejectReason;
import no.tiltaksradar.user.AppUser;
import no.tiltaksradar.user.UserRepository;
import no.tiltaksradar.web.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's agreement screen: kappa overall and per document, documents given to two reviewers, and the queue of
 * disagreements with both decisions side by side. Plain forms (post, redirect, get): no script needed.
 */
@Controller
class AgreementPageController {
    private final AgreementService agreement;
    private final DocumentRepository documents;
    private final UserRepository users;
    private final MessageSource messages;

    AgreementPageController(AgreementService agreement, DocumentRepository documents, UserRepository users, MessageSource messages) {
        this.agreement = agreement;
        this.documents = documents;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/agreement")
    String page(Model model) {
        Admins.require();
        model.addAttribute("report", agreement.report());
        model.addAttribute("disagreements", agreement.disagreements(null));
        model.addAttribute("assignments", agreement.assignments().stream()
                .collect(Collectors.toMap(DoubleReview::documentId, Function.identity())));
        model.addAttribute("documents", documents.page(null, PageRequest.of(0, PageRequest.MAX_SIZE, "fileName,asc",
                DocumentRepository.SORTABLE, "id,asc")).items());
        model.addAttribute("reviewers", users.all().stream().filter(AppUser::enabled).map(AppUser::username).sorted().toList());
        return "agreement/agreement";
    }

    @PostMapping("/agreement/assignments")
    String assign(@RequestParam long document, @RequestParam String firstReviewer, @RequestParam String secondReviewer,
                  RedirectAttributes redirect, Locale locale) {
        String admin = Admins.require();
        return answer(redirect, locale, "agreement.assigned", () -> agreement.assign(document, new Assignment(firstReviewer, secondReviewer),
                admin).documentName());
    }

    @PostMapping("/agreement/settlements")
    String settle(@RequestParam long candidate, @RequestParam Action action, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) RejectReason reason, @RequestParam(required = false) String comment,
                  @RequestParam(required = false) Integer version, RedirectAttributes redirect,
                  Locale locale) {
        String admin = Admins.require();
        Settlement settlement = new Settlement(action, kind, reason, comment == null || comment.isBlank() ? null : comment, version);
        return answer(redirect, locale, "agreement.settled." + action.name(), () -> {
            agreement.settle(candidate, settlement, admin);
            return String.valueOf(candidate);
        });
    }

    /** Does the work and says how it went on the page it redirects to; a refusal is told, never a stack trace. */
    private String answer(RedirectAttributes redirect, Locale locale, String doneKey, java.util.function.Supplier<String> work) {
        try {
            redirect.addFlashAttribute("notice", messages.getMessage(doneKey, new Object[] {work.get()}, locale));
        } catch (ErrorResponseException refused) {
            redirect.addFlashAttribute("problem", messages.getMessage("agreement.refused", new Object[] {refused.getBody().getDetail()}, locale));
        }
        return "redirect:/agreement";
    }
}
