package no.tiltaksradar.document;

import no.tiltaksradar.user.Role;
import no.tiltaksradar.job.ProposerRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The upload screen (admins): many files by drag-and-drop or the file picker, each sent on its own
 * to {@code POST /api/documents} so it shows its own progress and result, then one run over them.
 */
@Controller
class UploadPageController {
    private final ProposerRegistry proposers;
    private final StorageSettings storage;

    UploadPageController(ProposerRegistry proposers, StorageSettings storage) {
        this.proposers = proposers;
        this.storage = storage;
    }

    @GetMapping("/upload")
    String upload(Authentication user, Model model) {
        // the API refuses uploads from reviewers anyway; the screen says so at once instead of after the first file
        if (!Role.isAdmin(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "uploading needs the admin role");
        }
        model.addAttribute("proposers", proposers.availableNames());
        model.addAttribute("maxFileSize", storage.maxFileSize().toBytes());
        model.addAttribute("maxFileSizeText", readable(storage.maxFileSize().toBytes()));
        return "upload/upload";
    }

    /** The limit as a person reads it: "100 MB", or "300 KB" for a limit below a whole number of megabytes. */
    static String readable(long bytes) {
        return bytes >= (1 << 20) && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : Math.max(1, bytes >> 10) + " KB";
    }
}
