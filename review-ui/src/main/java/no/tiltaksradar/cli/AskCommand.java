package no.tiltaksradar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.tiltaksradar.job.IngestJob;
import no.tiltaksradar.job.SearchJob;
import no.tiltaksradar.trends.Answer;
import no.tiltaksradar.trends.CheckedClaim;
import no.tiltaksradar.trends.Passage;
import no.tiltaksradar.trends.files.FileTrendSource;
import no.tiltaksradar.trends.files.TrendReporters;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ask --documents FILE|DIR... QUESTION}: an answer from those documents only, every sentence cited and checked. */
@Component
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question from the given documents only: passages are retrieved one document at a time, the answer "
                + "is built from them (their own sentences without an LLM), and every sentence is cited to a page and checked; "
                + "a sentence that fails is shown as unsupported with the reason.")
public class AskCommand implements Callable<Integer> {
    private final FileTrendSource source;
    private final TrendReporters reporters;

    @Spec
    private CommandSpec spec;

    @Option(names = "--documents", required = true, arity = "1..*", paramLabel = "FILE|DIR", description = "The chosen documents.")
    private List<Path> documents;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (the words after the last document).")
    private List<String> question = new ArrayList<>();

    public AskCommand(IngestJob ingest, SearchJob search, TrendReporters reporters) {
        this.source = new FileTrendSource(ingest, search);
        this.reporters = reporters;
    }

    @Override
    public Integer call() throws Exception {
        splitQuestionFromDocuments();
        if (question.isEmpty() || documents.isEmpty()) {
            spec.commandLine().getErr().println("tiltaksradar ask: give --documents FILE|DIR... and then the question");
            return 2;
        }
        FileTrendSource.Input input = source.read(null, documents, false);
        PrintWriter err = spec.commandLine().getErr();
        input.problems().forEach(p -> err.println(TerminalText.escape(p)));
        Answer answer = reporters.answerer(input.search()).answer(String.join(" ", question), input.data());
        print(answer, spec.commandLine().getOut());
        err.flush();
        return input.problems().isEmpty() ? 0 : 1;
    }

    // picocli gives every word after --documents to the option; the question is what is not a file or folder at the end
    private void splitQuestionFromDocuments() {
        List<String> words = new ArrayList<>();
        while (!documents.isEmpty() && !Files.exists(documents.get(documents.size() - 1))) {
            words.add(0, documents.remove(documents.size() - 1).toString());
        }
        words.addAll(question);
        question = words;
    }

    private static void print(Answer answer, PrintWriter out) {
        if (answer.sentences().isEmpty()) {
            out.println("No passage of the chosen documents answers this.");
        }
        for (CheckedClaim c : answer.sentences()) {
            String cites = String.join("; ", c.claim().passages().stream().map(AskCommand::cite).toList());
            out.println(c.kept() ? "- " + TerminalText.escape(c.claim().text()) + " [" + cites + "]"
                    : "- UNSUPPORTED (" + String.join("; ", c.reasons()) + "): " + TerminalText.escape(c.claim().text()));
        }
        out.printf("%d sentences checked, %d kept, %d marked unsupported (answer: %s)%n", answer.summary().checked(),
                answer.summary().kept(), answer.summary().marked(), answer.writer());
        out.flush();
    }

    private static String cite(Passage p) {
        String label = p.pageLabel() == null || p.pageLabel().equals(String.valueOf(p.page())) ? "" : " (printed " + p.pageLabel() + ")";
        return TerminalText.escape(p.fileName()) + " p. " + p.page() + label;
    }
}
