package no.tiltaksradar.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import no.tiltaksradar.job.BatchListener;
import no.tiltaksradar.job.DocumentOutcome;

/** A progress bar on the terminal's error stream; silent when output is not a terminal (CI, pipes). */
final class ProgressBarListener implements BatchListener {
    private final String task;
    private final PrintStream err;
    private ProgressBar bar;

    ProgressBarListener(String task, PrintStream err) {
        this.task = task;
        this.err = err;
    }

    static BatchListener forTerminal(String task) {
        return System.console() != null ? new ProgressBarListener(task, System.err) : BatchListener.SILENT;
    }

    @Override
    public void batchStarted(int files) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(files).setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err)).build();
    }

    @Override
    public void documentStarted(Path file) {
        bar.setExtraMessage(TerminalText.escape(file.getFileName().toString()));
    }

    @Override
    public void documentFinished(DocumentOutcome outcome) {
        bar.step();
    }

    @Override
    public void documentSkipped(Path file) {
        bar.step();
    }

    @Override
    public void batchFinished() {
        bar.close();
    }
}
