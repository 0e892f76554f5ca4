package no.tiltaksradar.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import no.tiltaksradar.ingest.DocumentIngester;
import no.tiltaksradar.ingest.IngestException;
import no.tiltaksradar.layout.LayoutReader;
import no.tiltaksradar.model.SourceDocument;

/**
 * Ingest throughput: PDFBox ingest versus pdftotext on the same files in the same run, after a
 * warm-up until the JVM is steady, with peak heap, by the wall clock and by CPU time (see {@link CpuClock}). Optionally on a ~600-page concatenation made with qpdf, the size
 * that made the old assistant crash.
 */
public final class IngestBenchmark {
    /** Warm-up ends when the CPU time of this many rounds in a row lies within {@link #STEADY_SPREAD} of their mean. */
    private static final int STEADY_ROUNDS = 3;
    private static final double STEADY_SPREAD = 0.05;
    /** Warm-up ends anyway after this much CPU time: a machine too busy to settle still gets a figure. */
    private static final long MAX_WARM_UP_CPU_NANOS = 60_000_000_000L;

    private final DocumentIngester ingester;
    private final LayoutReader layout = new LayoutReader();
    private final HeapPeak heap = new HeapPeak();
    private final ExternalTool pdftotext = new ExternalTool("pdftotext");
    private final ExternalTool qpdf = new ExternalTool("qpdf");
    private final CpuClock cpu = new CpuClock();

    public IngestBenchmark(DocumentIngester ingester) {
        this.ingester = ingester;
    }

    /** @param bigPages pages of an extra file concatenated with qpdf; 0 for none */
    public void run(List<Path> pdfs, int rounds, int bigPages, Path workDir, PrintWriter out) throws IOException, IngestException {
        out.println("files: " + pdfs.size() + ", rounds: " + rounds + ", JVM max heap: " + mib(Runtime.getRuntime().maxMemory()));
        report("corpus", pdfs, rounds, true, out);
        if (bigPages > 0) {
            Path concatenated = concatenate(pdfs, bigPages, workDir);
            // the corpus rounds left the JVM steady; warming up on hundreds of pages again would only add minutes
            report("~" + bigPages + " pages (qpdf)", List.of(concatenated), 1, false, out);
        }
    }

    private void report(String label, List<Path> pdfs, int rounds, boolean warmUp, PrintWriter out) throws IOException, IngestException {
        // Warm-up until steady, as JMH does: class loading and the JIT compiling PDFBox's hot paths are
        // not the throughput of a batch or a running server (a fixed three rounds of the small corpus
        // still had the JIT compiling through the measured rounds, its CPU counted as ours). The first
        // round is printed as well: it is what one document costs a freshly started JVM.
        if (warmUp) {
            long coldStart = System.nanoTime();
            long coldPages = ingestAll(pdfs);
            double cold = (System.nanoTime() - coldStart) / 1e9;
            int warmUpRounds = 1 + warmUp(pdfs);
            out.printf("%-20s first round (cold JVM): %6d pages in %7.2f s = %8.1f pages/s; steady after %d warm-up rounds%n",
                    label, coldPages, cold, coldPages / cold, warmUpRounds);
        }
        heap.reset();
        long start = System.nanoTime();
        long cpuStart = cpu.ownNanos();
        long pages = 0;
        for (int round = 0; round < rounds; round++) {
            pages += ingestAll(pdfs);
        }
        double ours = (System.nanoTime() - start) / 1e9;
        double oursCpu = (cpu.ownNanos() - cpuStart) / 1e9;
        long peak = heap.peakBytes();
        out.printf("%-20s ingest + layout     : %6d pages in %7.2f s = %8.1f pages/s, peak heap %s%n", label, pages, ours, pages / ours, mib(peak));
        if (pdftotext.installed()) {
            OptionalLong childrenBefore = cpu.childrenNanos();
            double baseline = timePdftotext(pdfs, rounds);
            OptionalLong childrenAfter = cpu.childrenNanos();
            out.printf("%-20s pdftotext          : %6d pages in %7.2f s = %8.1f pages/s%n", label, pages, baseline, pages / baseline);
            out.printf("%-20s ratio (ours / pdftotext throughput): %.2f%n", label, (pages / ours) / (pages / baseline));
            if (childrenBefore.isPresent() && childrenAfter.isPresent()) {
                double baselineCpu = (childrenAfter.getAsLong() - childrenBefore.getAsLong()) / 1e9;
                out.printf("%-20s CPU time: ours %.2f s, pdftotext %.2f s; ratio by CPU time (load-independent): %.2f%n",
                        label, oursCpu, baselineCpu, baselineCpu / oursCpu);
            }
        } else {
            out.println("pdftotext is not installed (apt-get install poppler-utils): no baseline");
        }
    }

    /** Rounds after the first until {@link #STEADY_ROUNDS} in a row agree on CPU time, or the warm-up budget is spent. */
    private int warmUp(List<Path> pdfs) throws IngestException {
        ArrayDeque<Long> recent = new ArrayDeque<>();
        long budgetStart = cpu.ownNanos();
        int rounds = 0;
        while (cpu.ownNanos() - budgetStart < MAX_WARM_UP_CPU_NANOS) {
            long start = cpu.ownNanos();
            ingestAll(pdfs);
            rounds++;
            recent.addLast(cpu.ownNanos() - start);
            if (recent.size() > STEADY_ROUNDS) {
                recent.removeFirst();
            }
            if (recent.size() == STEADY_ROUNDS && steady(recent)) {
                break;
            }
        }
        return rounds;
    }

    private static boolean steady(Collection<Long> roundNanos) {
        double mean = roundNanos.stream().mapToLong(Long::longValue).average().orElse(0);
        return roundNanos.stream().allMatch(nanos -> Math.abs(nanos - mean) <= STEADY_SPREAD * mean);
    }

    /** Ingest and the layout stage right after it: what every later stage waits for. */
    private long ingestAll(List<Path> pdfs) throws IngestException {
        long pages = 0;
        for (Path pdf : pdfs) {
            SourceDocument document = ingester.ingest(pdf);
            layout.read(document);
            pages += document.pages().size();
        }
        return pages;
    }

    private double timePdftotext(List<Path> pdfs, int rounds) throws IOException {
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (Path pdf : pdfs) {
                pdftotext.run(ExternalTool.pdftotextArgs(pdf));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private Path concatenate(List<Path> pdfs, int targetPages, Path workDir) throws IOException, IngestException {
        if (!qpdf.installed()) {
            throw new IOException("qpdf is not installed (apt-get install qpdf): cannot build the big file");
        }
        Files.createDirectories(workDir);
        Path out = workDir.resolve("many-pages.pdf");
        List<String> args = new ArrayList<>(List.of("--empty", "--pages"));
        int pages = 0;
        while (pages < targetPages) {
            for (Path pdf : pdfs) {
                args.add(pdf.toString());
                pages += ingester.ingest(pdf).pages().size();
            }
        }
        args.add("--");
        args.add(out.toString());
        if (qpdf.run(args) > 2) { // qpdf exits 3 for warnings only
            throw new IOException("qpdf failed to build " + out);
        }
        return out;
    }

    private static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / 1024.0 / 1024.0);
    }
}
