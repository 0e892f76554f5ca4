package no.tiltaksradar.run;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The runs screens: recent runs, and one run with each document's status, attempts, error and
 * candidates. The page is rendered whole on the server; runs.js then polls {@code GET /api/runs/{id}}
 * once a second while the run is open and updates the rows in place (why polling, not server-sent
 * events: see runs.js).
 */
@Controller
class RunPageController {
    private final RunService runs;

    RunPageController(RunService runs) {
        this.runs = runs;
    }

    @GetMapping("/runs")
    String list(Model model) {
        model.addAttribute("runs", runs.recent(50));
        return "runs/list";
    }

    @GetMapping("/runs/{id:\\d+}") // digits only: /runs/runs.js is the page's script, served as a static file
    String one(@PathVariable long id, Model model) {
        Run run = runs.find(id);
        model.addAttribute("run", run);
        model.addAttribute("progress", run.progress());
        model.addAttribute("open", run.status().equals("QUEUED") || run.status().equals("RUNNING"));
        return "runs/run";
    }
}
