package no.tiltaksradar.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.document.UploadResult;
import no.tiltaksradar.document.UploadService;
import no.tiltaksradar.run.Run;
import no.tiltaksradar.run.RunService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code serve --demo}: at first start (no document yet) takes the sample PDFs in and runs the
 * pattern proposer and the validator over them, so a newcomer finds a review queue at once.
 */
@Component
@Order(1)
class DemoLoader implements ApplicationRunner {
    static final String DEMO_USER = "demo";
    private final DemoSettings settings;
    private final DocumentRepository documents;
    private final UploadService uploads;
    private final RunService runs;
    private final PrintStream console = System.out;

    DemoLoader(DemoSettings settings, DocumentRepository documents, UploadService uploads, RunService runs) {
        this.settings = settings;
        this.documents = documents;
        this.uploads = uploads;
        this.runs = runs;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!settings.enabled() || documents.count() > 0) {
            return;
        }
        if (!Files.isDirectory(settings.corpus())) {
            console.println("Demo: no sample folder at " + settings.corpus().toAbsolutePath() + " (set tiltaksradar.demo.corpus)");
            return;
        }
        List<Long> stored = new ArrayList<>();
        for (Path file : samples()) {
            try (InputStream in = Files.newInputStream(file)) {
                UploadResult result = uploads.upload(file.getFileName().toString(), Files.size(file), in, DEMO_USER);
                if (result.documentId() != null) {
                    stored.add(result.documentId());
                } else {
                    console.println("Demo: " + result.fileName() + " skipped: " + result.reason());
                }
            }
        }
        if (!stored.isEmpty()) {
            Run run = runs.start(stored.stream().distinct().toList(), "pattern", true, DEMO_USER);
            console.println("Demo: " + run.documents().size() + " sample documents from " + settings.corpus()
                    + " are being extracted and validated (run " + run.id() + "); candidates appear as each finishes.");
        }
    }

    private List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(settings.corpus())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
