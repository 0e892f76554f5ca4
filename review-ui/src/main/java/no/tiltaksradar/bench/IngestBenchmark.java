package no.tiltaksradar.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import no.tiltaksradar.ingest.DocumentIngester;
import no.tiltaksradar.ingest.IngestException;
import no.tiltaksradar.layout.LayoutReader;
import no.tiltaksradar.model.SourceDocument;

/**
 * Ingest throughput: PDFBox ingest versus pdftotext on the same files in the same run, after a
 * warm-up round, with peak heap, by the wall clock and by CPU time (see {@link CpuClock}). Optionally on a ~600-page concatenation made with qpdf, the size
 * that made the old assistant crash.
 */
public final class IngestBenchmark {
    private static final int WARM_UP_ROUNDS = 3;

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
        report("corpus", pdfs, rounds, out);
        if (bigPages > 0) {
            Path concatenated = concatenate(pdfs, bigPages, workDir);
            report("~" + bigPages + " pages (qpdf)", List.of(concatenated), 1, out);
        }
    }

    private void report(String label, List<Path> pdfs, int rounds, PrintWriter out) throws IOException, IngestException {
        // warm-up: class loading and JIT are not what we measure; one round of a small corpus left
        // the JIT compiling PDFBox's hot paths through the measured rounds (its threads' CPU counted as ours)
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            ingestAll(pdfs);
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
