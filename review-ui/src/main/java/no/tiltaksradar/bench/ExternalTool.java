package no.tiltaksradar.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command-line tool (pdftotext, qpdf) and reports whether it is installed. */
final class ExternalTool {
    private final String name;

    ExternalTool(String name) {
        this.name = name;
    }

    boolean installed() {
        try {
            return run(List.of("-v")) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the exit code; output is discarded, as only time matters here */
    int run(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(name);
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(name + " did not finish in 10 minutes");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(name + " interrupted", e);
        }
    }

    static List<String> pdftotextArgs(Path pdf) {
        return List.of("-q", pdf.toString(), "-");
    }
}
